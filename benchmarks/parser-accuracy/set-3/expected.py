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
E["11-warehouse-picking.md"] = dict(
  epic=dict(id="WMS-4", title="Pick Path Optimisation"), date="2026-06-09", facilitator="Bob",
  participants=P5+["Tomasz"],
  delivery=dict(storiesPlanned=6, storiesCompleted=6, pointsPlanned=29, pointsCompleted=29, testsAdded=(75,None)),
  stories=[S("WMS-4.1","Aisle graph model",5,"DONE"), S("WMS-4.2","Nearest-neighbour route seed",3,"DONE"),
           S("WMS-4.3","2-opt route improvement",8,"DONE"), S("WMS-4.4","Handheld route rendering",5,"DONE"),
           S("WMS-4.5","Batch picking for small orders",5,"DONE"), S("WMS-4.6","Route telemetry events",3,"DONE")],
  actionItems=[A("Evict cached routes when a bay is marked blocked","Charlie",ac="No picker routed through a blocked bay in a week of pilot logs",priority="CRITICAL",status=OPENISH,debtId=(None,"TD-WMS4-01")),
               A("Reserve a device-lab slot during sprint planning","Alice",ac="Slot booked before sprint start two sprints running",priority="MEDIUM",status=OPENISH),
               A("Property tests for aisle graph connectivity","Dana",ac="Generator covers one-way aisles and blocked bays",priority="HIGH",status=OPENISH),
               A("Document the route telemetry event schema","Elena",ac="Schema page linked from the ops wiki",priority="LOW",status=OPENISH)],
  techDebt=[T("TD-WMS4-01","Route cache ignores blocked-bay updates","CRITICAL","routing/cache/RouteCache.kt:112",None,OPENISH),
            T("TD-WMS4-02","Aisle distances hard-coded for DC-Leeds","MEDIUM","routing/graph/Distances.kt",None,OPENISH),
            T("TD-WMS4-03","Telemetry batcher drops events when the app is killed","LOW","app/telemetry/Batcher.kt:40-58",None,OPENISH)],
  followThrough=[F("Seed staging with a real warehouse layout","DONE","DC-Leeds layout imported in WMS-4.1"),
                 F("Cut handheld build time below 10 minutes","IN_PROGRESS","Down to 13 min with the Gradle cache"),
                 F("Pair QA with devs on device testing","OPEN","Device lab booked all sprint")],
  nextEpic=dict(id="WMS-5", title="Replenishment Triggers", plannedStories=7))
E["12-clinic-booking.md"] = dict(
  epic=dict(id="7", title="Appointment Self-Booking"), date="2026-04-21", facilitator="Bob",
  participants=P5+["Ngozi"],
  delivery=dict(storiesPlanned=6, storiesCompleted=5, pointsPlanned=26, pointsCompleted=21, testsAdded=(20,None)),
  stories=[S("7.1","Slot availability API",5,"DONE"), S("7.2","Patient booking flow",8,"DONE"),
           S("7.3","SMS confirmations",3,"DONE"), S("7.4","Cancel and reschedule",3,"DONE"),
           S("7.5","Double-booking guard",2,"DONE"), S("7.6","Clinic admin calendar view",5,("DEFERRED","OPEN"))],
  actionItems=[A("Book a clinic-staff usability session before each UI story is estimated","Alice","Epic 8 planning",category="Process Improvements",status=OPENISH),
               A("Add third-party sandbox access to the definition of ready","Dana","next sprint",category="Process Improvements",status=OPENISH),
               A("Idempotency token on the booking POST","Charlie","2026-04-30",category="Technical",status=OPENISH),
               A("Timezone-aware slot generation for the Darwin clinic","Elena","2026-05-08",category="Technical",status=OPENISH)],
  techDebt=[T(None,"Slot generator recomputes the whole week on every request","HIGH",None,"1d",OPENISH),
            T(None,"SMS provider credentials sit in a plain env file on staging","HIGH",None,"2h",OPENISH),
            T(None,"Remove the legacy iframe booking widget","MEDIUM",None,"4h","DONE"),
            T(None,"Form validation duplicated on client and server","MEDIUM",None,"1d",OPENISH),
            T(None,"Rename the appt2_* tables to appointment_*","LOW",None,"3h",OPENISH)],
  followThrough=[],
  nextEpic=dict(id="8", title="Waitlist & Reminders", plannedStories=5))
E["13-ledger-sync.md"] = dict(
  epic=dict(id="9", title="Ledger Sync"), date="2026-05-14", facilitator="Bob",
  participants=P5+["Ravi"],
  delivery=dict(storiesPlanned=8, storiesCompleted=7, pointsPlanned=34, pointsCompleted=29, testsAdded=41),
  stories=[S("9.1","Xero OAuth connection",3,"DONE"), S("9.2","Invoice push to Xero",5,"DONE"),
           S("9.3","Payment pull from Xero",5,"DONE"), S("9.4","Chart-of-accounts mapping UI",5,"DONE"),
           S("9.5","Sync conflict queue",3,"DONE"), S("9.6","Rate-limit back-off",3,"DONE"),
           S("9.7","QuickBooks OAuth connection",5,"DONE"), S("9.8","Invoice push to QuickBooks",5,"BLOCKED")],
  actionItems=[A("Request QuickBooks production keys two sprints ahead","Alice","2026-05-22",priority="HIGH",status="IN_PROGRESS"),
               A("Record/replay fixtures for the Xero API","Dana",ac="Sync tests run offline in under 2 minutes",priority="MEDIUM",status="OPEN"),
               A("Back off per tenant using the rate-limit headers","Charlie",status="DONE",debtId="TD-LS-01"),
               A("Runbook for the sync conflict queue","Elena","End of Epic 10",status="OPEN")],
  techDebt=[T("TD-LS-01","Back-off is global, not per tenant","HIGH",None,"2d","DONE"),
            T("TD-LS-02","Account mapping stored as an untyped JSON blob","MEDIUM",None,"3d","OPEN"),
            T("TD-LS-03","No dead-letter queue for webhooks failing signature checks","MEDIUM",None,"1d","DEFERRED"),
            T("TD-LS-04","Two different currency-rounding helpers","LOW",None,"2h","OPEN")],
  followThrough=[F("Contract tests against the Xero sandbox","DONE","12 Pact interactions in contracts/xero/"),
                 F("Feature flags for every external integration",("OPEN","IN_PROGRESS","DEFERRED"),"only Xero is flagged so far"),
                 F("Finance SME at every sprint review","DONE","Ravi attended all three"),
                 F("Nightly build under 20 minutes","DEFERRED","waiting for the CI migration"),
                 F("Rotate staging secrets monthly","OPEN",None)],
  nextEpic=dict(id="10", title="Multi-Currency Ledgers", plannedStories=(6,7)))
E["14-design-system.md"] = dict(
  epic=dict(id="LDS-2", title="Accessible Form Components"), date="2026-03-03", facilitator="Bob",
  participants=P5+["Mateo","Yuki"],
  delivery=dict(storiesPlanned=7, storiesCompleted=6, pointsPlanned=27, pointsCompleted=24, testsAdded=96),
  stories=[S("LDS-2.1","Text field",3,"DONE"), S("LDS-2.2","Combobox",8,"DONE"),
           S("LDS-2.3","Checkbox and radio groups",3,"DONE"), S("LDS-2.4","Validation messages",3,"DONE"),
           S("LDS-2.5","Date picker",5,"DONE"), S("LDS-2.6","Focus ring tokens",2,"DONE"),
           S("LDS-2.7","RTL layout support",3,"IN_PROGRESS")],
  actionItems=[A("Screen-reader pass before a component is marked done","Yuki","Start of Epic LDS-3","NVDA and VoiceOver checklist attached to every component PR",priority=("HIGH","CRITICAL"),status=OPENISH),
               A("Finish RTL support for the form components","Elena","2026-03-13",'All seven form components render correctly with dir="rtl" in Storybook',priority=("HIGH","CRITICAL"),status="IN_PROGRESS"),
               A("Pin Chromatic browser versions","Dana",None,"No snapshot diffs caused by browser upgrades for two weeks",priority=("MEDIUM","HIGH"),status=OPENISH),
               A("Add the combobox keyboard map to the docs site","Mateo",category=(None,"Quick wins"),status=OPENISH),
               A("Delete the deprecated LegacyInput export","Charlie",category=(None,"Quick wins"),status=OPENISH),
               A("Turn on eslint-plugin-jsx-a11y in CI","Charlie",category=(None,"Quick wins"),status="DONE")],
  techDebt=[T(None,"Combobox depends on a forked Downshift build","HIGH",None,"2 days",OPENISH),
            T(None,"Token names mix camelCase and kebab-case","MEDIUM",None,("~1 day","1 day"),OPENISH),
            T(None,"Storybook docs pages still on MDX v1","LOW",None,"4h",OPENISH)],
  followThrough=[],
  nextEpic=dict(id=(None,"LDS-3"), title=None, plannedStories=None))
