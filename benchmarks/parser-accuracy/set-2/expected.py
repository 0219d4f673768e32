# Written BEFORE running the parser. Tuples = several acceptable answers.
P5 = ["Alice","Charlie","Dana","Elena"]
def A(title, owner=None, deadline=None, ac=None, category=None, priority=None, status=None, debtId=None):
    return dict(title=title, owner=owner, deadline=deadline, acceptanceCriteria=ac, category=category,
                priority=priority, status=status, debtId=debtId)
def T(id, title, priority=None, location=None, effort=None, status=None):
    return dict(id=id, title=title, priority=priority, location=location, effort=effort, status=status)
def S(id, title, points, status): return dict(id=id, title=title, points=points, status=status)
def F(title, status, evidence=None): return dict(title=title, status=status, evidence=evidence)
OPENISH = (None, "OPEN")
E = {}
E["07-ledger-sync.md"] = dict(
  epic=dict(id="LED-5", title="Ledger Sync Engine"), date="2026-04-21", facilitator="Bob",
  participants=P5+["Tomás"],
  delivery=dict(storiesPlanned=6, storiesCompleted=5, pointsPlanned=30, pointsCompleted=25, testsAdded=120),
  stories=[S("LED-5.1","Change-data-capture from ledger DB",5,"DONE"), S("LED-5.2","Idempotent upsert into warehouse",5,"DONE"),
           S("LED-5.3","Schema drift detector",3,"DONE"), S("LED-5.4","Backfill CLI with checkpointing",8,"DONE"),
           S("LED-5.5","Sync lag alerting",4,"DONE"), S("LED-5.6","Multi-currency rounding rules",5,("DEFERRED","OPEN"))],
  actionItems=[A("Commit backfill checkpoint inside the batch transaction","Charlie","Before LED-6 kickoff","Kill -9 during backfill loses no rows in chaos test",priority="CRITICAL",status=OPENISH,debtId="TD-LED5-01"),
               A("Detect column renames in the drift detector","Tomás","LED-6 sprint 1",'Rename in staging raises a single "renamed" alert',priority="HIGH",status=OPENISH,debtId="TD-LED5-02"),
               A("Split LED-5.6 into rounding-rules and display stories","Alice","2026-04-28","Two refined stories in the LED-6 backlog",priority="HIGH",status=OPENISH,debtId=(None,"—")),
               A("Property tests for multi-currency rounding","Dana","LED-6 sprint 2","Generated amounts in 20 currencies round-trip exactly",priority="MEDIUM",status=OPENISH,debtId=(None,"—"))],
  techDebt=[T("TD-LED5-01","Backfill checkpoint written before commit","CRITICAL","sync/backfill/checkpoint.py:88",None,OPENISH),
            T("TD-LED5-02","Drift detector ignores column renames","HIGH","sync/drift/compare.py",("~2 days","2 days"),OPENISH),
            T("TD-LED5-03","Alert thresholds hard-coded","HIGH","deploy/alerts/ledger-sync.yaml:12-30",None,OPENISH),
            T("TD-LED5-04","Duplicate currency reference table","LOW","warehouse/ref/currencies.sql",None,OPENISH)],
  followThrough=[F("Staging dataset that mirrors production volume","DONE","12,400-row snapshot refreshed weekly"),
                 F("Pair junior devs on CDC work","IN_PROGRESS","Elena paired on LED-5.1, not yet on LED-5.4"),
                 F("Runbook for warehouse failover","OPEN","No owner was assigned"),
                 F("Move connector secrets to Vault",("OPEN","DEFERRED"),"Moved into LED-6 scope")],
  nextEpic=dict(id="LED-6", title="Multi-Currency Ledger", plannedStories=7))
E["08-partner-rate-limits.md"] = dict(
  epic=dict(id="14", title="Partner API Rate Limiting"), date="2026-05-12", facilitator="Bob",
  participants=P5+["Ngozi"],
  delivery=dict(storiesPlanned=4, storiesCompleted=3, pointsPlanned=18, pointsCompleted=13, testsAdded=15),
  stories=[S("14.1","Token-bucket limiter in the gateway",5,"DONE"), S("14.2","Per-partner quota configuration",3,"DONE"),
           S("14.3","429 responses with Retry-After header",5,"DONE"),
           S("14.4","Partner usage dashboard",5,("DEFERRED","OPEN","IN_PROGRESS"))],
  actionItems=[A("Invite a partner-success rep to every sprint review","Alice","next sprint",category="Process Improvements",status=OPENISH),
               A("Timebox spikes to two days and record the outcome in the story","Bob","2026-05-19",category="Process Improvements",status=OPENISH),
               A("Check cross-team dependencies at refinement, not at sprint start","Alice","Epic 15 planning",category="Process Improvements",status=OPENISH),
               A("Move bucket state to the shared Redis cluster","Charlie","end of Epic 15",category="Technical",status=OPENISH),
               A("Add a Redis failover scenario to the nightly chaos run","Dana",(None,"TBD"),category="Technical",status=OPENISH),
               A("Document rate-limit headers in the public OpenAPI spec","Elena","2026-05-26",category="Technical",status="DONE")],
  techDebt=[T(None,"Limiter state lives in process memory and is lost on redeploy","HIGH",None,"3d",OPENISH),
            T(None,"Gateway config reload requires a full restart","HIGH",None,"1d",OPENISH),
            T(None,"Quota YAML is not validated against a schema","MEDIUM",None,"4h",OPENISH),
            T(None,"Old fixed-window limiter code still in the repo","MEDIUM",None,"2h","DONE"),
            T(None,"Header casing differs between services (X-RateLimit-Remaining vs x-ratelimit-remaining)","LOW",None,None,OPENISH)],
  followThrough=[],
  nextEpic=dict(id="15", title="Partner Usage Billing", plannedStories=5))
E["09-design-tokens.md"] = dict(
  epic=dict(id="UI-8", title="Design Tokens Migration"), date="2026-03-30", facilitator="Bob",
  participants=P5+["Yuki"],
  delivery=dict(storiesPlanned=8, storiesCompleted=8, pointsPlanned=(34,None), pointsCompleted=34, testsAdded=90),
  stories=[S("UI-8.1","Token pipeline with Style Dictionary",5,"DONE"), S("UI-8.2","Colour tokens and dark-mode variants",3,"DONE"),
           S("UI-8.3","Spacing and typography scales",5,"DONE"), S("UI-8.4","Migrate checkout app",3,"DONE"),
           S("UI-8.5","Migrate back-office app",8,"DONE"), S("UI-8.6","Migrate marketing site",3,"DONE"),
           S("UI-8.7","Figma token sync plugin",2,"DONE"), S("UI-8.8","Visual regression gate in CI",5,"DONE")],
  actionItems=[A("Block raw hex colours in pull requests","Charlie","Before UI-9 sprint 1","Stylelint fails the build on any hex literal outside tokens/",priority="HIGH",status=OPENISH),
               A("Wait for web fonts before taking screenshots","Dana","2026-04-10","Fewer than 1 flaky visual diff per 50 CI runs",priority="MEDIUM",status="DONE"),
               A("Decide where dark-mode tokens are resolved","Elena","UI-9 planning","ADR merged and the losing code path removed",priority="HIGH",status=OPENISH),
               A("Publish a token naming guide for designers","Yuki","End of April","Guide linked from the Figma library cover page",priority="LOW",status=OPENISH)],
  techDebt=[T(None,"Legacy SCSS variables still imported by the vendored date picker","HIGH",None,"2 days","OPEN"),
            T(None,"Dark-mode tokens generated twice (build and runtime)","MEDIUM",None,("~1 day","1 day"),"IN_PROGRESS"),
            T(None,"Storybook screenshot baselines kept in Git LFS","LOW",None,"4h","DEFERRED"),
            T(None,"Icon sprite not tree-shaken","MEDIUM",None,"1 day","DONE")],
  followThrough=[],
  nextEpic=dict(id="UI-9", title="Component Library v2", plannedStories=6))
E["10-scanner-offline.md"] = dict(
  epic=dict(id="7", title="Scanner Offline Mode"), date="2026-06-03", facilitator="Bob",
  participants=P5+["Rafael"],
  delivery=dict(storiesPlanned=8, storiesCompleted=8, pointsPlanned=(41,None), pointsCompleted=41, testsAdded=230),
  stories=[S("7.1","Local scan queue on SQLite",5,"DONE"), S("7.2","Background sync with exponential backoff",8,"DONE"),
           S("7.3","Conflict detection for pallet moves",5,"DONE"), S("7.4","Offline indicator in the scanner UI",3,"DONE"),
           S("7.5","Encrypted local storage",5,"DONE"), S("7.6","Sync telemetry events",5,"DONE"),
           S("7.7","Battery-aware sync scheduling",2,"DONE"), S("7.8","Pilot rollout tooling",8,"DONE")],
  actionItems=[A("Resolve double-scanned pallet conflicts automatically","Charlie","2026-06-17","Supervisors see fewer than 2 manual conflicts per shift",priority="CRITICAL",status="IN_PROGRESS"),
               A("Order sync events by server-assigned sequence, not device clock","Elena","Next sprint","Sync test with ±10 min clock skew passes",priority="HIGH",status="OPEN"),
               A("Add clock-skew scenarios to the emulator suite","Dana","2026-06-05","Nightly suite runs with skewed clocks on three emulators",priority="HIGH",status="DONE"),
               A("Write the offline-mode training card for pickers","Rafael","After the second warehouse goes live",None,priority="LOW",status="DEFERRED"),
               A("Pin the SQLite version in the Android build","Elena",category=(None,"Quick tasks"),priority="HIGH",status=OPENISH),
               A("Remove verbose scan logging from release builds","Charlie",category=(None,"Quick tasks"),priority="HIGH",status="DONE"),
               A("Rename the ScannerOfflineV2 module","Dana",category=(None,"Quick tasks"),priority="LOW",status=OPENISH)],
  techDebt=[],
  followThrough=[F("Feature flag for every offline code path","DONE","offline.* flags in LaunchDarkly"),
                 F("Device lab with three low-end Android models","DEFERRED","Procurement moved to Q3"),
                 F("Keep stand-ups under 15 minutes","IN_PROGRESS","Averaging 17 minutes"),
                 F("Weekly crash triage rotation",("OPEN","DEFERRED"),(None,"—"))],
  nextEpic=dict(id=None, title=None, plannedStories=None))
