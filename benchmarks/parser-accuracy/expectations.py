"""What every set's expected.py builds its expectations with. Tuples = several acceptable answers."""
P5 = ["Alice","Charlie","Dana","Elena"]
def A(title, owner=None, deadline=None, ac=None, category=None, priority=None, status=None, debtId=None):
    return dict(title=title, owner=owner, deadline=deadline, acceptanceCriteria=ac, category=category,
                priority=priority, status=status, debtId=debtId)
def T(id, title, priority=None, location=None, effort=None, status=None):
    return dict(id=id, title=title, priority=priority, location=location, effort=effort, status=status)
def S(id, title, points, status): return dict(id=id, title=title, points=points, status=status)
def F(title, status, evidence=None): return dict(title=title, status=status, evidence=evidence)
OPENISH = (None, "OPEN")
