<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionRunner</name>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jq %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jq: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: NOT met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 s (the timeout set for actions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request needs the variable(s) %1, which are not set. Give a value for this session (Run asks for it), or set it in the console&apos;s environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jq %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertEvaluator</name>
    <message>
        <source>above %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert firing (%1): %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert resolved: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at or above %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at or below %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertTriageModel</name>
    <message>
        <source>%1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Firing (%n)</source>
        <translation>
            <numerusform>Firing (%n)</numerusform>
            <numerusform>Firing (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Silenced (%n)</source>
        <translation>
            <numerusform>Silenced (%n)</numerusform>
            <numerusform>Silenced (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inhibited (%n)</source>
        <translation>
            <numerusform>Inhibited (%n)</numerusform>
            <numerusform>Inhibited (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>(not grouped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n alert(s), to %2</source>
        <translation>
            <numerusform>%1 — %n alert, to %2</numerusform>
            <numerusform>%1 — %n alerts, to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silenced by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inhibited by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · attached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertTriagePanel</name>
    <message>
        <source>Declare incident from alert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach to incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expire silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Alertmanager is set. Start the console with --alertmanager URL, add &quot;alertmanager:&quot; to the dashboard profile, or use Alerts ▸ Set Alertmanager…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Alertmanager at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager at %1 · %2 firing · %3 silenced · %4 inhibited · checked %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of the %2 alerts Alertmanager has: the list is capped so the console stays responsive. Narrow it in Alertmanager (silence or fix the noisy ones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager is not answering, so the alerts below may be out of date: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertmanagerClient</name>
    <message>
        <source>Alertmanager at %1 answered 404: this URL has no API v2. Point the console at Alertmanager 0.16 or later (the address of its web page, without /api).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager at %1 answered HTTP %2 with an HTML page, not JSON: a proxy or load balancer in between is failing or asks to log in. Check the URL and the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager at %1 sent an answer the console cannot read: %2. Check that the URL is Alertmanager&apos;s and not another server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager at %1 sent more than %2 MiB of alerts. Silence or fix the noisiest alerts, or point the console at a narrower Alertmanager (a tenant header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager: %1 It said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager at %1 answered HTTP %2 with nothing to read (an empty body). Check that the URL is Alertmanager&apos;s and not a proxy&apos;s or a health check&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertmanagerJson</name>
    <message>
        <source>the answer is not JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is JSON but not a list of alerts: is this Alertmanager&apos;s API v2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert %1 in the answer has no labels or fingerprint: is this Alertmanager&apos;s API v2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group in the answer has no alerts list: is this Alertmanager&apos;s /api/v2/alerts/groups?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no silenceID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertmanagerSources</name>
    <message>
        <source>&quot;%1&quot; is not an Alertmanager URL: give its web address, e.g. http://alertmanager:9093.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsCommand</name>
    <message>
        <source>No Alertmanager is set: give --alertmanager URL, add &quot;alertmanager:&quot; to the dashboard profile (--profile), or set one in the console (Alerts ▸ Set Alertmanager…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager at %1 has no firing alert with fingerprint %2 (it may have resolved); &quot;alerts&quot; lists the firing ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINGERPRINT	STATE	SEV	STARTED	ALERT	SUMMARY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsTab</name>
    <message>
        <source>From the Alertmanager alert %1 (fingerprint %2). It becomes the first timeline event, with its labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From an Alertmanager group of %n alerts; each becomes a timeline event, with its labels.</source>
        <translation>
            <numerusform>From an Alertmanager group of %n alerts; each becomes a timeline event, with its labels.</numerusform>
            <numerusform>From an Alertmanager group of %n alerts; each becomes a timeline event, with its labels.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its runbook (%1) opens once the incident is declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every selected alert is already attached to this incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silenced by %1 from Incident Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident #%1 (%2): silenced by %3 from Incident Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The silence of %1 was not made: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager did not return its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silenced %1 in Alertmanager until %2 (silence %3; matchers %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expire silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expire silence %1 now? Alertmanager notifies for %2 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence %1 was not expired: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired silence %1 of %2 in Alertmanager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence %1 of %2 ran out; Alertmanager notifies for it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachedAlerts</name>
    <message>
        <source>Alertmanager: %1 resolved%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager: %1 attached, firing since %2%3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager: %1 firing again since %2%3%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>%1 is larger than %2 MiB, the most the console reads from such a file. Is it the right file? If it is, shorten it or split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file; the console reads only regular files. Choose the file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a plain file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the incident store the console is using; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistDefinition</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checklist has no &quot;phases&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phase has no &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item of phase &quot;%1&quot; has no &quot;id&quot; or &quot;text&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item id &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Response checklist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Incident Console: declare incidents, follow the checklist, record the timeline and export post-mortems. Without a command it opens the console window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the interface and exports: en or ko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who is recorded as the owner of new events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incident&apos;s id (see &quot;list&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list recorded incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declare an incident; prints its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity: 1, 2 or 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incident commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the impact began, ISO 8601 (default: now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a note (or another kind of event) to the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note, action, alert or status-update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a checklist item; without an item, list the items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item&apos;s id, as the list shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncheck the item instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1, 2 or 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the post-mortem as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Markdown file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the demo incident (seed 001); prints its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID	SEV	STATUS	STARTED	EVENTS	TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--started &quot;%1&quot; is not an ISO 8601 time such as 2026-11-21T09:30:00+09:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-mortem written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a command (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open this incident in the window (default: the last one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dashboard profile (YAML or JSON) for the metric charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the war-room wall view full screen (read-only; Esc leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the filled SEV status report, to send elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill a template field: --set scope=&quot;checkout API&quot; (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report template for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set &quot;%1&quot; is not field=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work with Markdown runbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print what the console understands of a runbook; exits non-zero on errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Markdown file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--started &quot;%1&quot; is in the future; give the moment the impact began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>investigating, identified, mitigated, monitoring or resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it happened, ISO 8601 (default: now), e.g. the moment the impact stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with --help for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at &quot;%1&quot; is not an ISO 8601 time such as 2026-11-21T09:30:00+09:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an incident id: give the number &quot;list&quot; shows, such as 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who the update is for: internal (responders) or external (stakeholders, no request details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--audience &quot;%1&quot; is not an audience of the %2 report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the log keeps: debug, info (the default), warning or error; one module with ic.network=debug (modules: ic.app, ic.store, ic.network, ic.runbook, ic.metrics, ic.alerts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incident store: a SQLite file, or a shared PostgreSQL database as postgresql://user@host:5432/database (also IC_DB); now %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this seat&apos;s role in the incident: commander, deputy, scribe, comms, observer or wall (recorded with its events; the post-mortem lists who held which)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hand over command; every seat and the timeline see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who takes command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move an incident, while it runs, to a shared store; prints its new id and how others join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared store: postgresql://user@host:5432/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the incident&apos;s events, then each new one as any seat records it, until Ctrl+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one JSON object per line: id, at, kind, text, author, role</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be reached: %n change(s) wait in %2 and are sent when a console reaches it again.</source>
        <translation>
            <numerusform>%1 cannot be reached: %n change wait in %2 and are sent when a console reaches it again.</numerusform>
            <numerusform>%1 cannot be reached: %n changes wait in %2 and are sent when a console reaches it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alertmanager&apos;s URL, e.g. http://alertmanager:9093 (else the profile&apos;s &quot;alertmanager:&quot;, else the one set in the console)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what is broken (from the alert&apos;s summary with --from-alert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declare from this Alertmanager alert (its fingerprint, see &quot;alerts&quot;): title, SEV and start come from it, and it is the first timeline event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the alerts firing in Alertmanager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON: fingerprint, labels, annotations, startsAt, state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach an Alertmanager alert to an incident: its resolving and firing again land in the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the alert&apos;s fingerprint (see &quot;alerts&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 alerts: the list is capped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --title (what is broken), or --from-alert FINGERPRINT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmRequest</name>
    <message>
        <source>Send this request?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request changes something on the server. Check it, then send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It needs a value that is not set. A value you give here is kept in memory for this session only: never stored, logged or exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT SET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set in the environment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialogs</name>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event changed by another seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this event while you were editing it. Which version should the timeline keep?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs:
%1

Yours:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs: %1
Yours: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-mortem changed by another seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another seat saved the post-mortem while you were writing it. Keep your version, or take theirs? The details show both, section by section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionBadge</name>
    <message numerus="yes">
        <source>Offline since %1 · %n event(s) waiting</source>
        <translation>
            <numerusform>Offline since %1 · %n event waiting</numerusform>
            <numerusform>Offline since %1 · %n events waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n waiting event(s)</source>
        <translation>
            <numerusform>Sending %n waiting event</numerusform>
            <numerusform>Sending %n waiting events</numerusform>
        </translation>
    </message>
    <message>
        <source>The shared incident store cannot be reached. What you record is kept on this machine and sent, once each, when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleMain</name>
    <message>
        <source>Incident Console cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The shipped dashboard profile is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurlCommand</name>
    <message>
        <source>not a curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it chains shell commands or redirects output (; &amp;&amp; || &gt; &lt;), which the console never runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body comes from the file %1, which the console does not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1; the console does not guess what it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second URL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;| %1&quot; after the request is not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its URL uses %1:, not http or https; the console sends only HTTP requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its headers come from the file %1, which the console does not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data comes from the file %1, which the console does not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its cookies come from the file %1, which the console does not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 writes the answer to the file %2; the console shows answers, it writes no files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not applied: the console sends the request once; run it again to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads the local file %2, which the console never does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(curl&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 writes a local file, which the console never does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends through a proxy, which the console does not do; it would reach the server another way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends a multipart form, which the console does not build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it uses command substitution or a shell expansion ($(...), backquotes, ${X:-default}), which the console never runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardProfileLoader</name>
    <message>
        <source>%1: the alert %2 matches no panel&apos;s query, so no panel shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile must be a mapping with &quot;panels&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration such as 15s or 1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile has no &quot;panels&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a panel needs a &quot;query&quot; and a &quot;title&quot; or &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a threshold&apos;s level is &quot;warning&quot; or &quot;critical&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a threshold needs &quot;above&quot; or &quot;below&quot; with a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;for&quot; is not a duration such as 2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard profile %1, line %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;groups:&quot; or a list of rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the alert %3 is not &quot;&lt;query&gt; &gt; &lt;number&gt;&quot;; it is not drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alerting rules %1, line %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard profile cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alerting rules named by %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;keep_firing_for&quot; is not a duration such as 5m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;keep_firing_for&quot; needs &quot;for&quot;: only an alert keeps firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;alertmanager&quot; needs an http:// or https:// URL, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;refresh&quot; of alertmanager is not a duration of at least 200ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SEV (1, 2, 3 or SEV-1 ...)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataFiles</name>
    <message>
        <source>Your checklist %1 is not valid (%2); the shipped checklist is used instead. Fix the file and restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your templates were not used: %1. The shipped templates are used instead; fix the file and restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your checklist cannot be used (%1); the shipped checklist is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclareIncidentDialog</name>
    <message>
        <source>Declare incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is broken, e.g. &quot;Checkout API 5xx&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the impact began; set it earlier if the incident started before you declared it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Status updates every %3 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the SEV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the SEV: it says how bad this is and how often status updates are due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the SEV; the definitions are beside each level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the incident commander: the one person who decides, so everyone knows whom to ask.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoIncident</name>
    <message>
        <source>the demo incident is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditEventDialog</name>
    <message>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier text and time are kept in the store as a revision. Ctrl+Enter saves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventKindInfo</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedListener</name>
    <message>
        <source>the server has not answered for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowCommand</name>
    <message>
        <source>Connection to the store lost at %1 (%2); reconnecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected again; reading what was missed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpAction</name>
    <message>
        <source>(TLS certificate not checked: -k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(follows redirects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(gives up after %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpCall</name>
    <message>
        <source>the deadline passed while the request waited for a free connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment variable %1 (the bearer token) is not set; set it before starting the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment variable %1 (the user name) is not set; set it before starting the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1 bytes of the body: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a redirect to %1, which is not followed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpOutcomeInfo</name>
    <message>
        <source>%1 answered %2 in %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 ms; it may be overloaded. Try again, or raise the timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing is listening there. Check that the server runs and the address and port are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host of %1 could not be found (DNS). Check the name in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2. The certificate was not accepted; fix it on the server or trust its CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was closed before the answer was complete (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but the body could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent more than the allowed %2 MB; the answer was cut off. Narrow the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpieCommand</name>
    <message>
        <source>--verify=%1 reads a CA bundle from a local file, which the console never does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads or writes a local file, which the console never does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--offline only prints the request; there is nothing to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1; the console does not guess what it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTPie request item (Header:value, name==value, field=value, field:=json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads a local file, which the console never does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is raw JSON in a --form request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid JSON after :=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth-type %1 is not sent by the console; only basic and bearer are</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Incident</name>
    <message>
        <source>Give the incident a title: a few words that say what is broken, e.g. &quot;Checkout API 5xx&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident cannot be %1 (%3) before it was %2 (%4); key times go started ≤ detected ≤ mitigated ≤ resolved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentDialogs</name>
    <message>
        <source>Incident declared and recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status recorded as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to a shared store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared store&apos;s URL (the password from PGPASSWORD or ~/.pgpass):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident is now incident %1 on %2. Send this to the people who should join:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen on the shared store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay on this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console could not be started on the shared store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving incident %1 to the shared store…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentHeader</name>
    <message>
        <source>Time since the incident started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: changing it is recorded in the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: changing it is recorded in the timeline and sets the key times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare an incident (Ctrl+D), open a past one (Ctrl+O) or open the demo incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commander: %1 · Started %2 · Detected %3 · Mitigated %4 · Resolved %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status updates are due on the SEV&apos;s cadence (SEV-1 every 15 min, SEV-2 every 30, SEV-3 every 60); publishing one restarts the clock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentListDialog</name>
    <message>
        <source>Open incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents recorded yet. Declare one, or open the demo incident.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentMove</name>
    <message>
        <source>Moved to the shared store %1 as incident %2; record there from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join with: incident-console --db &apos;%1&apos; --open %2 --role scribe (the password from PGPASSWORD or ~/.pgpass)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentService</name>
    <message>
        <source>No incident is open. Declare one or open a past one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident declared: %1, %2, commander %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty: type what happened, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity changed: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist has no item &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event %1 is not part of this incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event cannot be emptied; its text is what the post-mortem shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status update is empty: fill the template, then publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start time %1 is before the year 2000; give the moment the impact began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moment %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (as of %1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another seat changed this event while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joined as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the person who takes command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the commander.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command handed over: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another seat saved the post-mortem while you were writing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event is still on its way to the store; edit it once it shows as recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared store %1 cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post-mortem was not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: &quot;%1&quot;. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n alerts)</source>
        <translation>
            <numerusform>%1 (%n alerts)</numerusform>
            <numerusform>%1 (%n alerts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Alertmanager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert has no labels; nothing to attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already attached to this incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the console&apos;s threshold recorded it at %1; from now on Alertmanager speaks for it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentStatusInfo</name>
    <message>
        <source>Investigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentStore</name>
    <message>
        <source>The incident store %1 is locked by another program (another console?) while %2. Close the other program and try again, or start with --db to use another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident store %1 is damaged or is not an Incident Console store (%2). The console has not changed it. Restore it from a backup or move it aside, or start with --db to use another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident store %1 failed while %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer Incident Console (schema %1, this one knows %2); use the newer console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading it to schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editing an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the post-mortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident %1 in %2. List the incidents with &quot;incident-console list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the history of an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident store %1 cannot be opened or written while %2 (%3). Check that the file and its folder exist and that you may write them, or start with --db to use another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping metric samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading metric samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is a database of another program (%2), not an Incident Console store. The console has not changed it. Start with --db to name a new or existing store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds the incident store %1 is full while %2, so nothing was recorded. Free some space on it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file, and a store that is not a file keeps nothing that is recorded. Name a file with --db, such as ~/incidents.sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1 and no tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tables %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite kept the journal mode &quot;%1&quot; instead of WAL; the folder must allow shared memory files (a local disk, not a network share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting it up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a SQLite URI, not a path. Name the store&apos;s file with --db, such as ~/incidents.sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared incident store %1 cannot be reached while %2 (%3). Check that the server runs and that the URL, user and password (PGPASSWORD or ~/.pgpass) are right. If the database does not exist yet, create it once with createdb (see the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared incident store %1 refused this user while %2 (%3). Ask its administrator for access, or check the user and password (PGPASSWORD or ~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of the shared incident store %1 is out of disk space while %2, so nothing was recorded. Ask its administrator to free some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another seat changed the shared incident store %1 at the same moment while %2. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console cannot reach PostgreSQL: Qt&apos;s driver for it is missing. Install the package libqt6sql6-psql, or use a SQLite file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store returned no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another seat changed the event since it was opened (version %1, not %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another seat saved the post-mortem since it was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the change feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading what other seats recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handing over command</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JqFilter</name>
    <message>
        <source>the jq program uses &quot;%1&quot;, which could read more than the answer; only paths, indexes, slices and filters are run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the jq program uses &quot;%1&quot;, which may run without end; only paths, indexes, slices and filters are run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JqRunner</name>
    <message>
        <source>the jq program stopped: its answer could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the jq program &quot;%1&quot; is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jq stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jq could not start: the worker %1 is missing or cannot run (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the jq program was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the jq program stopped: it took longer than %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the jq program stopped: its output was larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the jq program stopped: it used more than %1 MiB of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the jq program stopped: it crashed (libjq failed on this program or answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the answer was %1 MiB; ask the server for less, e.g. a filter or a limit in the URL)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Logging</name>
    <message>
        <source>&quot;%1&quot; is not a log level: give debug, info, warning or error, or one module&apos;s as ic.network=debug.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declare incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;runbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo incident (seed 001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status as of a &amp;moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export post-mortem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit selected event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open dashboard profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to &amp;live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a status &amp;update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;War-room wall view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>War-room wall view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the wall view on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Incident Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Incident Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Incident Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Declare an incident, follow the checklist, record the timeline, export the post-mortem.&lt;/p&gt;&lt;p&gt;Store: %2&lt;br&gt;Log: %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand over command…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hands over command to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to a shared store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;lerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Alertmanager…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post-mortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-mortem saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident Console — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist of this incident could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo incident recorded as a new incident; explore every view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export post-mortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-mortem written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1 · Prometheus: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open dashboard profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard profiles (*.yaml *.yml *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status update recorded; the next one is due in %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown runbooks (*.md *.markdown *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Incident Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident &quot;%1&quot; is still open. Everything recorded so far is saved; reminders and live charts stop while the console is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-mortem kept on this seat: it is sent when the shared store is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening incident %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event is not an alert the console evaluated, so no rule names its runbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule %1 has no runbook_url annotation. Add one to it in the alerting rules, naming a runbook file or its URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager&apos;s URL (its web address, e.g. http://alertmanager:9093); empty for none:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL; the Alertmanager stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricChart</name>
    <message>
        <source>  — stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricDashboard</name>
    <message>
        <source>15 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last %1 (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the newest data (L or End). Drag or scroll a chart to look back; + and - zoom, ← and → pan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dashboard profile is loaded. Open one with Metrics → Open dashboard profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Incident window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the incident&apos;s own time window (L or End). Drag or scroll a chart to look around; + and - zoom, ← and → pan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricStateInfo</name>
    <message>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkWorker</name>
    <message>
        <source>it waited for a free connection until its deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteBar</name>
    <message>
        <source>Add a note to the timeline (Ctrl+N from anywhere), Enter to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The outbox %1 cannot be read (%2): events recorded while the server was unreachable wait in it. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is unreachable and the outbox %1 cannot be written (%2), so nothing was recorded. Free some disk space or check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox %1 cannot be rewritten (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostmortemEditor</name>
    <message>
        <source>What happened, to whom, for how long, in one sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-line summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users, endpoints, business; how much and for how long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts, dashboards, people; time to detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 Whys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cause that, once removed, prevents a recurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation and recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps that stopped the impact, with times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One lesson per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where we got lucky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add write-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario write-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this write-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostmortemExport</name>
    <message>
        <source>Could not write the post-mortem to %1: %2. Any earlier file there is unchanged. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the charts. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the chart %1. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the incident store itself. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, device or pipe) and is left as it is. Choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder, so the charts cannot go there. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite database (an incident store?) and is left as it is. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link; the charts are written only as files of their own. Remove it or choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostmortemExporter</name>
    <message>
        <source>The post-mortem was not exported: another incident was opened meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostmortemWriter</name>
    <message>
        <source>To be written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-line summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what happened, to whom, for how long, in one sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no events were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who and what was affected (users, endpoints, business), how much and for how long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how the incident was noticed (alerts, dashboards, people) and how long it took.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 Whys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask why five times, each answer leading to the next question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cause that, once removed, prevents the incident from happening again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditions that made the incident worse or more likely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation and recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the steps that stopped the impact and restored service, with their times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up work with an owner, a priority (P0-P3), a due date and a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where we got lucky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one lesson per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(full text in the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(full text below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PowerShellCommand</name>
    <message>
        <source>the single quote opened in this command is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the double quote opened in this command is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the @{ opened in this command is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quote opened in this command is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the @{ or ( opened in this command is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an Invoke-RestMethod or Invoke-WebRequest command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, which the console cannot know; it sends only what is written out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second URL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-Uri needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-Method needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-Headers is not a literal @{ ... } table, which the console cannot know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-Body needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-ContentType needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads or writes a local file, which the console never does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes credentials or a session from PowerShell, which the console cannot know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parameter %1; the console does not guess what it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;| %1&quot; after the request is not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a -Body without -Method is sent by PowerShell as a query string; write the -Method it needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-Headers holds &quot;%1&quot;, which is not Name = &apos;value&apos;; the console sends only what is written out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-UserAgent needs a value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromResponseText</name>
    <message>
        <source>Prometheus rejected the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus ran out of time evaluating the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus cancelled the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus failed while evaluating the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus is not ready to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus does not know this endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus hit an internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the panel&apos;s PromQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow the time range or simplify the query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may still be starting; the panel retries on its next refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Prometheus URL in the dashboard profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrometheusClient</name>
    <message>
        <source>No series matched the query (the result is empty). Check the metric name and labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1: the connection broke the HTTP chunked encoding, so the answer is incomplete (%2). Try again; if it keeps happening, check the proxy or load balancer in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1 answered with an empty body (HTTP %2). Check that the URL points at Prometheus itself and not at a proxy or a health check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrometheusDecoder</name>
    <message>
        <source>the server answered with an HTML page instead of Prometheus JSON (a proxy&apos;s error page?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON ends early: the answer looks truncated (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid Prometheus JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON has no &quot;status&quot;; this does not look like a Prometheus API answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sample value &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;data&apos; is %1, expected an object with &apos;resultType&apos; and &apos;result&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;data&apos; has no &apos;resultType&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resultType &apos;string&apos; is not a series; use a query that returns numbers (a range query returns a matrix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resultType &apos;%1&apos; is unknown; expected matrix, vector or scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;data&apos; has no &apos;result&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;result&apos; is %1, expected a list of series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has extra data after the JSON document (something between Prometheus and the console added to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is empty; check that the URL points at Prometheus itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is %1, not a Prometheus API object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer says success but has no &apos;data&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is not shaped like a Prometheus answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderBar</name>
    <message>
        <source>Write the update (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status update due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportComposer</name>
    <message>
        <source>to fill: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no metric data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale since %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTemplates</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no &quot;%1&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a report has no &quot;severity&quot; of 1, 2 or 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 report needs a positive &quot;cadenceMinutes&quot; and a &quot;format&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scenario needs an &quot;id&quot; and &quot;fields&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an audience needs an &quot;id&quot; and a &quot;label&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 report&apos;s text for the %2 audience uses {{%3}}, which that audience never receives</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunbookImporter</name>
    <message>
        <source>%1; the command is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a binary file, not a Markdown runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text; some characters are shown as �</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this %1 command is offered for copying only: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the success criterion &quot;%1&quot; is next to no HTTP action that gives a value; it is not checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunbookLibrary</name>
    <message>
        <source>The runbook %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook %1 cannot be read: %2. Its last good version stays open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunbookLink</name>
    <message>
        <source>The alert has no runbook_url annotation. Add one to its rule, naming a runbook file or its URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook_url %1 names no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook_url %1 uses %2:, which the console does not open; give a file or an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook %1 named by the alert&apos;s runbook_url is not there (looked in %2). Put the file in the runbook folder, or give its full path or URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a web page, not Markdown; point runbook_url at the raw Markdown file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunbookPanel</name>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long an action may take before it ends as a timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout per action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runbook open: pick one on the left or use Incident → Open runbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command to run it yourself; the console never runs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running… %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set in the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT SET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a step to read its request and its whole result here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give values for this session only: kept in memory, never stored or logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a value (Values…), or Run asks for it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command to run it yourself. The console does not send this request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent by the console: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · success when %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunbookProgress</name>
    <message>
        <source>Runbook %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunbookReport</name>
    <message>
        <source>%1: %2 sections, %3 checklist items, %4 HTTP actions, %5 copy commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunbookRules</name>
    <message>
        <source>The URL %1 is not an http or https URL; the console sends only HTTP requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this request would be refused when run, so it is offered for copying only: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunbookRuns</name>
    <message>
        <source>No network layer in this console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: cancelled before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (runbook «%3»)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunbooksTab</name>
    <message>
        <source>Shipped samples and the runbooks in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample shipped with the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook «%1»: done: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook «%1»: reopened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare or open an incident first: runbook steps are recorded in its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook %1 cannot be fetched: this console has no network layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook %1 could not be fetched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook %1 cannot be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeatRole</name>
    <message>
        <source>Incident commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>War-room wall</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeverityInfo</name>
    <message>
        <source>Full outage or critical risk to data integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major performance degradation affecting core functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial failure with a workaround</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <source>the block that starts here is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated single quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated double quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unclosed $( … ): a command substitution opened in this command is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the single quote opened in this command is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the double quote opened in this command is never closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SilenceDialog</name>
    <message>
        <source>Silence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager will stop notifying for every alert that matches all of these labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusAsOfDialog</name>
    <message>
        <source>Status as of a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moment it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the moment the status became true, e.g. when the rollback finished and the impact stopped. Time to mitigate and time to resolve are measured from these moments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the incident started (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since the start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusUpdateComposer</name>
    <message>
        <source>Refill from the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status update text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the update in the timeline (Ctrl+Return); the next one is then due after the SEV&apos;s cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 status update — every %2 minutes. Fill what the template asks; the rest comes from the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also post to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the webhook URL in the environment variable IC_STATUS_WEBHOOK_URL or the settings key webhookUrl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This update goes to %1 but contains raw request details: %2. Remove them before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusUpdates</name>
    <message>
        <source>Recorded in the timeline at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>The store URL %1 cannot be used: %2. Write it as postgresql://user@host:5432/database (the password from PGPASSWORD or ~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no database after the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; is not one the console passes on (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>T+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Edited %n time(s). Earlier versions, oldest first:</source>
        <translation>
            <numerusform>Edited %n time. Earlier versions, oldest first:</numerusform>
            <numerusform>Edited %n times. Earlier versions, oldest first:</numerusform>
        </translation>
    </message>
    <message>
        <source>(the earlier versions could not be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (waiting to be sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reading the earlier versions…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events are shown; click to hide them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events are hidden; click to show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the timeline (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen event, whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an event to read all of it and its earlier versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 of %n event</numerusform>
            <numerusform>%1 of %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the alert&apos;s runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the runbook its rule names in runbook_url</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateCadence</name>
    <message>
        <source>No updates due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next update in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateReminder</name>
    <message>
        <source>%1: a status update is due (%2: every %3 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 expects an update every %3 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a whole update cycle was missed. Tell people where things stand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallList</name>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n more</numerusform>
            <numerusform>+ %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallView</name>
    <message>
        <source>Incident Console — war room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only wall view · Esc leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status updates due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status update OVERDUE by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next status update in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO DATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STALE SINCE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to the shared store lost since %1 — what is shown may be out of date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookPoster</name>
    <message>
        <source>Posted to the webhook at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook at %1 refused the update: HTTP %2%3. The update is recorded in the timeline; check the webhook URL in the settings or %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook at %1 did not answer within %2 s. The update is recorded in the timeline; post it by hand if it matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update could not be posted to the webhook at %1 (%2). It is recorded in the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WgetCommand</name>
    <message>
        <source>%1 writes the answer to the file %2; the console shows answers, it writes no files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not applied: the console sends the request once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads the local file %2, which the console never does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 writes a local file, which the console never does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1; the console does not guess what it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second URL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without -O- wget saves the answer to a file; the console shows answers, it writes no files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
