<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ActionRunner</name>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1(%2 ms)</translation>
    </message>
    <message>
        <source>answer: %1</source>
        <translation>응답: %1</translation>
    </message>
    <message>
        <source>jq %1 → %2</source>
        <translation>jq %1 → %2</translation>
    </message>
    <message>
        <source>jq: %1</source>
        <translation>jq: %1</translation>
    </message>
    <message>
        <source>%1: met</source>
        <translation>%1: 목표 달성</translation>
    </message>
    <message>
        <source>%1: NOT met</source>
        <translation>%1: 목표 미달</translation>
    </message>
    <message>
        <source>timed out after %1 s (the timeout set for actions)</source>
        <translation>%1초 후 시간 초과(액션에 설정된 제한 시간)</translation>
    </message>
    <message>
        <source>The request needs the variable(s) %1, which are not set. Give a value for this session (Run asks for it), or set it in the console&apos;s environment.</source>
        <translation>요청에 필요한 변수 %1이(가) 설정되지 않았습니다. 이번 세션에서 쓸 값을 입력하거나(실행 시 물어봅니다) 콘솔의 환경에 설정하세요.</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>응답:</translation>
    </message>
    <message>
        <source>jq %1:</source>
        <translation>jq %1:</translation>
    </message>
</context>
<context>
    <name>AlertEvaluator</name>
    <message>
        <source>above %1</source>
        <translation>%1 초과</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>%1 미만</translation>
    </message>
    <message>
        <source> for %1 s</source>
        <translation> (%1초 지속)</translation>
    </message>
    <message>
        <source>Alert firing (%1): %2 — %3</source>
        <translation>알림 발생(%1): %2 — %3</translation>
    </message>
    <message>
        <source>Alert resolved: %1 — %2</source>
        <translation>알림 해소: %1 — %2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 값 %2</translation>
    </message>
    <message>
        <source>%1 is %2, %3%4</source>
        <translation>%1 값 %2, %3%4</translation>
    </message>
    <message>
        <source>%1 has no value</source>
        <translation>%1에 값이 없음</translation>
    </message>
    <message>
        <source>at or above %1</source>
        <translation>%1 이상</translation>
    </message>
    <message>
        <source>at or below %1</source>
        <translation>%1 이하</translation>
    </message>
</context>
<context>
    <name>AlertTriageModel</name>
    <message>
        <source>%1s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1일 %2시간</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Firing for</source>
        <translation>발생 시간</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message numerus="yes">
        <source>Firing (%n)</source>
        <translation>
            <numerusform>발생 중 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Silenced (%n)</source>
        <translation>
            <numerusform>사일런스됨 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inhibited (%n)</source>
        <translation>
            <numerusform>억제됨 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>(not grouped)</source>
        <translation>(그룹 없음)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n alert(s), to %2</source>
        <translation>
            <numerusform>%1 — 알림 %n건, 수신자 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>silenced by %1</source>
        <translation>사일런스: %1</translation>
    </message>
    <message>
        <source>inhibited by %1</source>
        <translation>억제한 알림: %1</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>발생 중</translation>
    </message>
    <message>
        <source>%1 · attached</source>
        <translation>%1 · 연결됨</translation>
    </message>
</context>
<context>
    <name>AlertTriagePanel</name>
    <message>
        <source>Declare incident from alert…</source>
        <translation>알림으로 인시던트 선언…</translation>
    </message>
    <message>
        <source>Attach to incident</source>
        <translation>인시던트에 연결</translation>
    </message>
    <message>
        <source>Silence…</source>
        <translation>사일런스…</translation>
    </message>
    <message>
        <source>Expire silence</source>
        <translation>사일런스 만료</translation>
    </message>
    <message>
        <source>Open runbook</source>
        <translation>런북 열기</translation>
    </message>
    <message>
        <source>No Alertmanager is set. Start the console with --alertmanager URL, add &quot;alertmanager:&quot; to the dashboard profile, or use Alerts ▸ Set Alertmanager…</source>
        <translation>Alertmanager가 설정되지 않았습니다. --alertmanager URL로 콘솔을 시작하거나, 대시보드 프로필에 &quot;alertmanager:&quot;를 추가하거나, 알림 ▸ Alertmanager 설정…을 사용하세요.</translation>
    </message>
    <message>
        <source>Asking Alertmanager at %1…</source>
        <translation>%1의 Alertmanager에 묻는 중…</translation>
    </message>
    <message>
        <source>Alertmanager at %1 · %2 firing · %3 silenced · %4 inhibited · checked %5</source>
        <translation>Alertmanager %1 · 발생 중 %2 · 사일런스 %3 · 억제 %4 · 확인 %5</translation>
    </message>
    <message>
        <source>Showing %1 of the %2 alerts Alertmanager has: the list is capped so the console stays responsive. Narrow it in Alertmanager (silence or fix the noisy ones).</source>
        <translation>Alertmanager의 알림 %2건 중 %1건만 표시합니다: 콘솔이 느려지지 않도록 목록에 상한이 있습니다. Alertmanager에서 범위를 좁히세요(시끄러운 알림을 사일런스하거나 고치세요).</translation>
    </message>
    <message>
        <source>Alertmanager is not answering, so the alerts below may be out of date: %1</source>
        <translation>Alertmanager가 응답하지 않아 아래 알림이 최신이 아닐 수 있습니다: %1</translation>
    </message>
</context>
<context>
    <name>AlertmanagerClient</name>
    <message>
        <source>Alertmanager at %1 answered 404: this URL has no API v2. Point the console at Alertmanager 0.16 or later (the address of its web page, without /api).</source>
        <translation>%1의 Alertmanager가 404로 응답했습니다: 이 URL에는 API v2가 없습니다. 콘솔이 Alertmanager 0.16 이상(/api 없이 웹 페이지 주소)을 가리키게 하세요.</translation>
    </message>
    <message>
        <source>Alertmanager at %1 answered HTTP %2 with an HTML page, not JSON: a proxy or load balancer in between is failing or asks to log in. Check the URL and the proxy.</source>
        <translation>%1의 Alertmanager가 JSON이 아니라 HTML 페이지로 HTTP %2 응답했습니다: 중간의 프록시나 로드 밸런서가 실패했거나 로그인을 요구합니다. URL과 프록시를 확인하세요.</translation>
    </message>
    <message>
        <source>Alertmanager at %1 sent an answer the console cannot read: %2. Check that the URL is Alertmanager&apos;s and not another server&apos;s.</source>
        <translation>%1의 Alertmanager가 콘솔이 읽을 수 없는 응답을 보냈습니다: %2. URL이 다른 서버가 아닌 Alertmanager의 것인지 확인하세요.</translation>
    </message>
    <message>
        <source>Alertmanager: %1</source>
        <translation>Alertmanager: %1</translation>
    </message>
    <message>
        <source>Alertmanager at %1 sent more than %2 MiB of alerts. Silence or fix the noisiest alerts, or point the console at a narrower Alertmanager (a tenant header).</source>
        <translation>%1의 Alertmanager가 %2 MiB가 넘는 알림을 보냈습니다. 가장 시끄러운 알림을 사일런스하거나 고치거나, 콘솔이 더 좁은 범위의 Alertmanager(테넌트 헤더)를 가리키게 하세요.</translation>
    </message>
    <message>
        <source>Alertmanager: %1 It said: %2</source>
        <translation>Alertmanager: %1 응답 내용: %2</translation>
    </message>
    <message>
        <source>Alertmanager at %1 answered HTTP %2 with nothing to read (an empty body). Check that the URL is Alertmanager&apos;s and not a proxy&apos;s or a health check&apos;s.</source>
        <translation>%1의 Alertmanager가 읽을 내용 없이(빈 본문) HTTP %2로 응답했습니다. URL이 프록시나 헬스 체크가 아닌 Alertmanager의 것인지 확인하세요.</translation>
    </message>
</context>
<context>
    <name>AlertmanagerJson</name>
    <message>
        <source>the answer is not JSON (%1 at byte %2)</source>
        <translation>응답이 JSON이 아닙니다(바이트 %2에서 %1)</translation>
    </message>
    <message>
        <source>the answer is JSON but not a list of alerts: is this Alertmanager&apos;s API v2?</source>
        <translation>응답이 JSON이지만 알림 목록이 아닙니다: Alertmanager의 API v2가 맞나요?</translation>
    </message>
    <message>
        <source>alert %1 in the answer has no labels or fingerprint: is this Alertmanager&apos;s API v2?</source>
        <translation>응답의 %1번째 알림에 레이블이나 fingerprint가 없습니다: Alertmanager의 API v2가 맞나요?</translation>
    </message>
    <message>
        <source>a group in the answer has no alerts list: is this Alertmanager&apos;s /api/v2/alerts/groups?</source>
        <translation>응답의 그룹에 알림 목록이 없습니다: Alertmanager의 /api/v2/alerts/groups가 맞나요?</translation>
    </message>
    <message>
        <source>the answer has no silenceID</source>
        <translation>응답에 silenceID가 없습니다</translation>
    </message>
</context>
<context>
    <name>AlertmanagerSources</name>
    <message>
        <source>&quot;%1&quot; is not an Alertmanager URL: give its web address, e.g. http://alertmanager:9093.</source>
        <translation>&quot;%1&quot;은(는) Alertmanager URL이 아닙니다: 웹 주소를 주세요(예: http://alertmanager:9093).</translation>
    </message>
</context>
<context>
    <name>AlertsCommand</name>
    <message>
        <source>No Alertmanager is set: give --alertmanager URL, add &quot;alertmanager:&quot; to the dashboard profile (--profile), or set one in the console (Alerts ▸ Set Alertmanager…).</source>
        <translation>Alertmanager가 설정되지 않았습니다: --alertmanager URL을 주거나, 대시보드 프로필(--profile)에 &quot;alertmanager:&quot;를 추가하거나, 콘솔에서 설정하세요(알림 ▸ Alertmanager 설정…).</translation>
    </message>
    <message>
        <source>Alertmanager at %1 has no firing alert with fingerprint %2 (it may have resolved); &quot;alerts&quot; lists the firing ones.</source>
        <translation>%1의 Alertmanager에 fingerprint %2인 발생 중 알림이 없습니다(해소되었을 수 있습니다). &quot;alerts&quot;가 발생 중인 알림을 보여 줍니다.</translation>
    </message>
    <message>
        <source>FINGERPRINT	STATE	SEV	STARTED	ALERT	SUMMARY</source>
        <translation>FINGERPRINT	상태	SEV	시작	알림	요약</translation>
    </message>
</context>
<context>
    <name>AlertsTab</name>
    <message>
        <source>From the Alertmanager alert %1 (fingerprint %2). It becomes the first timeline event, with its labels.</source>
        <translation>Alertmanager 알림 %1(fingerprint %2)에서 시작합니다. 이 알림이 레이블과 함께 첫 타임라인 이벤트가 됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>From an Alertmanager group of %n alerts; each becomes a timeline event, with its labels.</source>
        <translation>
            <numerusform>Alertmanager 그룹의 알림 %n건에서 시작합니다. 각 알림이 레이블과 함께 타임라인 이벤트가 됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its runbook (%1) opens once the incident is declared.</source>
        <translation>인시던트가 선언되면 런북(%1)이 열립니다.</translation>
    </message>
    <message>
        <source>Every selected alert is already attached to this incident.</source>
        <translation>선택한 알림은 모두 이미 이 인시던트에 연결되어 있습니다.</translation>
    </message>
    <message>
        <source>Silenced by %1 from Incident Console</source>
        <translation>%1이(가) Incident Console에서 사일런스함</translation>
    </message>
    <message>
        <source>Incident #%1 (%2): silenced by %3 from Incident Console</source>
        <translation>인시던트 #%1 (%2): %3이(가) Incident Console에서 사일런스함</translation>
    </message>
    <message>
        <source>Incident Console</source>
        <translation>Incident Console</translation>
    </message>
    <message>
        <source>The silence of %1 was not made: %2</source>
        <translation>%1의 사일런스를 만들지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Alertmanager did not return its id</source>
        <translation>Alertmanager가 사일런스 id를 돌려주지 않았습니다</translation>
    </message>
    <message>
        <source>Silenced %1 in Alertmanager until %2 (silence %3; matchers %4)</source>
        <translation>Alertmanager에서 %1을(를) %2까지 사일런스함(사일런스 %3, 매처 %4)</translation>
    </message>
    <message>
        <source>Expire silence</source>
        <translation>사일런스 만료</translation>
    </message>
    <message>
        <source>Expire silence %1 now? Alertmanager notifies for %2 again.</source>
        <translation>사일런스 %1을(를) 지금 만료할까요? Alertmanager가 %2 알림을 다시 보냅니다.</translation>
    </message>
    <message>
        <source>Silence %1 was not expired: %2</source>
        <translation>사일런스 %1을(를) 만료하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Expired silence %1 of %2 in Alertmanager</source>
        <translation>Alertmanager에서 %2의 사일런스 %1을(를) 만료함</translation>
    </message>
    <message>
        <source>Silence %1 of %2 ran out; Alertmanager notifies for it again</source>
        <translation>%2의 사일런스 %1이(가) 끝났습니다. Alertmanager가 다시 알립니다</translation>
    </message>
</context>
<context>
    <name>AttachedAlerts</name>
    <message>
        <source>Alertmanager: %1 resolved%2</source>
        <translation>Alertmanager: %1 해소됨%2</translation>
    </message>
    <message>
        <source>Alertmanager: %1 attached, firing since %2%3%4</source>
        <translation>Alertmanager: %1 연결됨, %2부터 발생 중%3%4</translation>
    </message>
    <message>
        <source>Alertmanager: %1 firing again since %2%3%4</source>
        <translation>Alertmanager: %1 %2부터 다시 발생%3%4</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>%1 is larger than %2 MiB, the most the console reads from such a file. Is it the right file? If it is, shorten it or split it.</source>
        <translation>%1의 크기가 %2 MiB를 넘습니다. 콘솔이 이런 파일에서 읽는 최대 크기입니다. 올바른 파일인지 확인하고, 맞다면 줄이거나 나누세요.</translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file; the console reads only regular files. Choose the file itself.</source>
        <translation>%1은(는) %2이며 일반 파일이 아닙니다. 콘솔은 일반 파일만 읽습니다. 파일 자체를 선택하세요.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>이름 있는 파이프(FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <source>not a plain file</source>
        <translation>일반 파일이 아닌 것</translation>
    </message>
    <message>
        <source>%1 is the incident store the console is using; choose another file.</source>
        <translation>%1은(는) 콘솔이 사용 중인 인시던트 저장소입니다. 다른 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>파일이 없습니다</translation>
    </message>
</context>
<context>
    <name>ChecklistDefinition</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>오프셋 %1에서 JSON 형식이 올바르지 않습니다: %2</translation>
    </message>
    <message>
        <source>the checklist has no &quot;phases&quot;</source>
        <translation>체크리스트에 &quot;phases&quot;가 없습니다</translation>
    </message>
    <message>
        <source>a phase has no &quot;id&quot;</source>
        <translation>&quot;id&quot;가 없는 단계가 있습니다</translation>
    </message>
    <message>
        <source>an item of phase &quot;%1&quot; has no &quot;id&quot; or &quot;text&quot;</source>
        <translation>단계 &quot;%1&quot;의 항목에 &quot;id&quot; 또는 &quot;text&quot;가 없습니다</translation>
    </message>
    <message>
        <source>the item id &quot;%1&quot; appears twice</source>
        <translation>항목 ID &quot;%1&quot;이(가) 중복되었습니다</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Checklist</source>
        <translation>체크리스트</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>완료 시각</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Response checklist</source>
        <translation>대응 체크리스트</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Incident Console: declare incidents, follow the checklist, record the timeline and export post-mortems. Without a command it opens the console window.</source>
        <translation>Incident Console: 인시던트를 선언하고, 체크리스트를 따라 대응하고, 타임라인을 기록하고, 포스트모템을 내보냅니다. 명령 없이 실행하면 콘솔 창을 엽니다.</translation>
    </message>
    <message>
        <source>language of the interface and exports: en or ko</source>
        <translation>화면과 내보내기에 쓸 언어: en 또는 ko</translation>
    </message>
    <message>
        <source>who is recorded as the owner of new events</source>
        <translation>새 이벤트의 담당자로 기록할 사람</translation>
    </message>
    <message>
        <source>the incident&apos;s id (see &quot;list&quot;)</source>
        <translation>인시던트 ID(&quot;list&quot; 참고)</translation>
    </message>
    <message>
        <source>list recorded incidents</source>
        <translation>기록된 인시던트 목록 표시</translation>
    </message>
    <message>
        <source>declare an incident; prints its id</source>
        <translation>인시던트를 선언하고 ID를 출력</translation>
    </message>
    <message>
        <source>severity: 1, 2 or 3</source>
        <translation>심각도: 1, 2 또는 3</translation>
    </message>
    <message>
        <source>the incident commander</source>
        <translation>인시던트 커맨더(인시던트 지휘자)</translation>
    </message>
    <message>
        <source>when the impact began, ISO 8601 (default: now)</source>
        <translation>영향이 시작된 시각, ISO 8601 형식(기본값: 현재 시각)</translation>
    </message>
    <message>
        <source>add a note (or another kind of event) to the timeline</source>
        <translation>타임라인에 메모(또는 다른 종류의 이벤트) 추가</translation>
    </message>
    <message>
        <source>the note&apos;s text</source>
        <translation>메모 내용</translation>
    </message>
    <message>
        <source>note, action, alert or status-update</source>
        <translation>note, action, alert 또는 status-update</translation>
    </message>
    <message>
        <source>check a checklist item; without an item, list the items</source>
        <translation>체크리스트 항목을 완료로 표시. 항목을 지정하지 않으면 항목 목록 표시</translation>
    </message>
    <message>
        <source>the item&apos;s id, as the list shows it</source>
        <translation>목록에 표시된 항목 ID</translation>
    </message>
    <message>
        <source>uncheck the item instead</source>
        <translation>대신 항목의 완료 표시 해제</translation>
    </message>
    <message>
        <source>set the status</source>
        <translation>상태 설정</translation>
    </message>
    <message>
        <source>change the severity</source>
        <translation>심각도 변경</translation>
    </message>
    <message>
        <source>1, 2 or 3</source>
        <translation>1, 2 또는 3</translation>
    </message>
    <message>
        <source>write the post-mortem as Markdown</source>
        <translation>포스트모템을 Markdown으로 저장</translation>
    </message>
    <message>
        <source>the Markdown file to write</source>
        <translation>저장할 Markdown 파일</translation>
    </message>
    <message>
        <source>record the demo incident (seed 001); prints its id</source>
        <translation>데모 인시던트(시드 001)를 기록하고 ID를 출력</translation>
    </message>
    <message>
        <source>ID	SEV	STATUS	STARTED	EVENTS	TITLE</source>
        <translation>ID	심각도	상태	시작 시각	이벤트 수	제목</translation>
    </message>
    <message>
        <source>--started &quot;%1&quot; is not an ISO 8601 time such as 2026-11-21T09:30:00+09:00.</source>
        <translation>--started &quot;%1&quot;은(는) 2026-11-21T09:30:00+09:00 같은 ISO 8601 시각이 아닙니다.</translation>
    </message>
    <message>
        <source>Post-mortem written to %1</source>
        <translation>포스트모템을 %1에 저장했습니다</translation>
    </message>
    <message>
        <source>Name a command (see --help).</source>
        <translation>명령을 지정하세요(--help 참고).</translation>
    </message>
    <message>
        <source>open this incident in the window (default: the last one)</source>
        <translation>창에서 이 인시던트 열기(기본값: 마지막 인시던트)</translation>
    </message>
    <message>
        <source>the dashboard profile (YAML or JSON) for the metric charts</source>
        <translation>메트릭 차트에 사용할 대시보드 프로필(YAML 또는 JSON)</translation>
    </message>
    <message>
        <source>open the war-room wall view full screen (read-only; Esc leaves)</source>
        <translation>워룸 월 뷰를 전체 화면으로 열기(읽기 전용, Esc 키로 나가기)</translation>
    </message>
    <message>
        <source>print the filled SEV status report, to send elsewhere</source>
        <translation>다른 곳에 보낼 수 있도록 내용을 채운 SEV 상황 보고 출력</translation>
    </message>
    <message>
        <source>fill a template field: --set scope=&quot;checkout API&quot; (repeatable)</source>
        <translation>템플릿 항목 채우기: --set scope=&quot;checkout API&quot; (여러 번 지정 가능)</translation>
    </message>
    <message>
        <source>There is no report template for %1.</source>
        <translation>%1에 대한 보고 템플릿이 없습니다.</translation>
    </message>
    <message>
        <source>--set &quot;%1&quot; is not field=value.</source>
        <translation>--set &quot;%1&quot;이(가) field=value 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>work with Markdown runbooks</source>
        <translation>Markdown 런북 작업</translation>
    </message>
    <message>
        <source>print what the console understands of a runbook; exits non-zero on errors</source>
        <translation>콘솔이 런북을 어떻게 해석했는지 출력. 오류가 있으면 0이 아닌 코드로 종료</translation>
    </message>
    <message>
        <source>the Markdown file</source>
        <translation>Markdown 파일</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>텍스트 대신 JSON 출력</translation>
    </message>
    <message>
        <source>--started &quot;%1&quot; is in the future; give the moment the impact began.</source>
        <translation>--started &quot;%1&quot;은(는) 미래 시각입니다. 영향이 시작된 시각을 지정하세요.</translation>
    </message>
    <message>
        <source>investigating, identified, mitigated, monitoring or resolved</source>
        <translation>investigating, identified, mitigated, monitoring 또는 resolved</translation>
    </message>
    <message>
        <source>when it happened, ISO 8601 (default: now), e.g. the moment the impact stopped</source>
        <translation>발생한 시각, ISO 8601(기본값: 지금). 예: 영향이 멈춘 시각</translation>
    </message>
    <message>
        <source>Run with --help for more information.</source>
        <translation>자세한 내용은 --help로 실행해 보세요.</translation>
    </message>
    <message>
        <source>--at &quot;%1&quot; is not an ISO 8601 time such as 2026-11-21T09:30:00+09:00.</source>
        <translation>--at &quot;%1&quot;은(는) 2026-11-21T09:30:00+09:00 같은 ISO 8601 시각이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an incident id: give the number &quot;list&quot; shows, such as 12.</source>
        <translation>%1 &quot;%2&quot;은(는) 인시던트 ID가 아닙니다. &quot;list&quot;가 보여 주는 번호(예: 12)를 지정하세요.</translation>
    </message>
    <message>
        <source>who the update is for: internal (responders) or external (stakeholders, no request details)</source>
        <translation>보고 대상: internal(대응 인력) 또는 external(이해관계자, 요청 세부 정보 제외)</translation>
    </message>
    <message>
        <source>--audience &quot;%1&quot; is not an audience of the %2 report.</source>
        <translation>--audience &quot;%1&quot;은(는) %2 보고의 대상이 아닙니다.</translation>
    </message>
    <message>
        <source>what the log keeps: debug, info (the default), warning or error; one module with ic.network=debug (modules: ic.app, ic.store, ic.network, ic.runbook, ic.metrics, ic.alerts)</source>
        <translation>로그에 남길 수준: debug, info(기본값), warning 또는 error. 모듈 하나만 올리려면 ic.network=debug 처럼 지정 (모듈: ic.app, ic.store, ic.network, ic.runbook, ic.metrics, ic.alerts)</translation>
    </message>
    <message>
        <source>the incident store: a SQLite file, or a shared PostgreSQL database as postgresql://user@host:5432/database (also IC_DB); now %1</source>
        <translation>인시던트 저장소: SQLite 파일, 또는 postgresql://user@host:5432/database 형식의 공유 PostgreSQL 데이터베이스 (IC_DB로도 지정); 현재 %1</translation>
    </message>
    <message>
        <source>this seat&apos;s role in the incident: commander, deputy, scribe, comms, observer or wall (recorded with its events; the post-mortem lists who held which)</source>
        <translation>이 자리의 인시던트 역할: commander, deputy, scribe, comms, observer 또는 wall (이벤트와 함께 기록되며, 포스트모템에 누가 어떤 역할을 맡았는지 나옵니다)</translation>
    </message>
    <message>
        <source>hand over command; every seat and the timeline see it</source>
        <translation>지휘권 인계; 모든 자리와 타임라인에 보입니다</translation>
    </message>
    <message>
        <source>who takes command</source>
        <translation>지휘권을 넘겨받을 사람</translation>
    </message>
    <message>
        <source>move an incident, while it runs, to a shared store; prints its new id and how others join</source>
        <translation>진행 중인 인시던트를 공유 저장소로 옮깁니다; 새 ID와 다른 사람이 참여하는 방법을 출력합니다</translation>
    </message>
    <message>
        <source>the shared store: postgresql://user@host:5432/database</source>
        <translation>공유 저장소: postgresql://user@host:5432/database</translation>
    </message>
    <message>
        <source>print the incident&apos;s events, then each new one as any seat records it, until Ctrl+C</source>
        <translation>인시던트의 이벤트를 출력한 뒤, 어느 자리에서든 기록되는 새 이벤트를 Ctrl+C까지 하나씩 출력합니다</translation>
    </message>
    <message>
        <source>one JSON object per line: id, at, kind, text, author, role</source>
        <translation>한 줄에 JSON 객체 하나: id, at, kind, text, author, role</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be reached: %n change(s) wait in %2 and are sent when a console reaches it again.</source>
        <translation>
            <numerusform>%1에 연결할 수 없습니다: 변경 %n건이 %2에서 대기 중이며, 콘솔이 다시 연결되면 전송됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alertmanager&apos;s URL, e.g. http://alertmanager:9093 (else the profile&apos;s &quot;alertmanager:&quot;, else the one set in the console)</source>
        <translation>Alertmanager의 URL, 예: http://alertmanager:9093 (없으면 프로필의 &quot;alertmanager:&quot;, 그것도 없으면 콘솔에서 설정한 것)</translation>
    </message>
    <message>
        <source>what is broken (from the alert&apos;s summary with --from-alert)</source>
        <translation>무엇이 고장 났는지(--from-alert이면 알림의 summary에서)</translation>
    </message>
    <message>
        <source>declare from this Alertmanager alert (its fingerprint, see &quot;alerts&quot;): title, SEV and start come from it, and it is the first timeline event</source>
        <translation>이 Alertmanager 알림(fingerprint, &quot;alerts&quot; 참고)으로 선언: 제목, SEV, 시작 시각을 알림에서 가져오고 알림이 첫 타임라인 이벤트가 됩니다</translation>
    </message>
    <message>
        <source>list the alerts firing in Alertmanager</source>
        <translation>Alertmanager에서 발생 중인 알림 나열</translation>
    </message>
    <message>
        <source>print JSON: fingerprint, labels, annotations, startsAt, state</source>
        <translation>JSON 출력: fingerprint, labels, annotations, startsAt, state</translation>
    </message>
    <message>
        <source>attach an Alertmanager alert to an incident: its resolving and firing again land in the timeline</source>
        <translation>Alertmanager 알림을 인시던트에 연결: 해소와 재발생이 타임라인에 기록됩니다</translation>
    </message>
    <message>
        <source>the alert&apos;s fingerprint (see &quot;alerts&quot;)</source>
        <translation>알림의 fingerprint(&quot;alerts&quot; 참고)</translation>
    </message>
    <message>
        <source>Showing %1 of %2 alerts: the list is capped.</source>
        <translation>알림 %2건 중 %1건 표시: 목록에 상한이 있습니다.</translation>
    </message>
    <message>
        <source>Give --title (what is broken), or --from-alert FINGERPRINT.</source>
        <translation>--title(무엇이 고장 났는지) 또는 --from-alert FINGERPRINT를 주세요.</translation>
    </message>
</context>
<context>
    <name>ConfirmRequest</name>
    <message>
        <source>Send this request?</source>
        <translation>이 요청을 보낼까요?</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>Values for this session</source>
        <translation>이번 세션에서 쓸 값</translation>
    </message>
    <message>
        <source>This request changes something on the server. Check it, then send it.</source>
        <translation>이 요청은 서버의 내용을 변경합니다. 요청을 확인한 후 보내세요.</translation>
    </message>
    <message>
        <source>It needs a value that is not set. A value you give here is kept in memory for this session only: never stored, logged or exported.</source>
        <translation>설정되지 않은 값이 필요합니다. 여기에 입력한 값은 이번 세션 동안 메모리에만 보관되며 저장, 로그 기록, 내보내기 되지 않습니다.</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>변수</translation>
    </message>
    <message>
        <source>value for this session</source>
        <translation>이번 세션에서 쓸 값</translation>
    </message>
    <message>
        <source>keep the current value</source>
        <translation>현재 값 유지</translation>
    </message>
    <message>
        <source>Keep for this session</source>
        <translation>이번 세션 동안 보관</translation>
    </message>
    <message>
        <source>given for this session</source>
        <translation>이번 세션에 입력됨</translation>
    </message>
    <message>
        <source>NOT SET</source>
        <translation>설정 안 됨</translation>
    </message>
    <message>
        <source>set in the environment</source>
        <translation>환경 변수에 설정됨</translation>
    </message>
</context>
<context>
    <name>ConflictDialogs</name>
    <message>
        <source>Theirs</source>
        <translation>상대 버전</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>내 버전</translation>
    </message>
    <message>
        <source>Event changed by another seat</source>
        <translation>다른 자리에서 변경한 이벤트</translation>
    </message>
    <message>
        <source>%1 changed this event while you were editing it. Which version should the timeline keep?</source>
        <translation>편집하는 동안 %1 님이 이 이벤트를 변경했습니다. 타임라인에 어느 버전을 남길까요?</translation>
    </message>
    <message>
        <source>Another seat</source>
        <translation>다른 자리</translation>
    </message>
    <message>
        <source>Theirs:
%1

Yours:
%2</source>
        <translation>상대 버전:
%1

내 버전:
%2</translation>
    </message>
    <message>
        <source>Theirs: %1
Yours: %2</source>
        <translation>상대 버전: %1
내 버전: %2</translation>
    </message>
    <message>
        <source>Keep yours</source>
        <translation>내 버전 유지</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>상대 버전 유지</translation>
    </message>
    <message>
        <source>Post-mortem changed by another seat</source>
        <translation>다른 자리에서 변경한 포스트모템</translation>
    </message>
    <message>
        <source>Another seat saved the post-mortem while you were writing it. Keep your version, or take theirs? The details show both, section by section.</source>
        <translation>작성하는 동안 다른 자리에서 포스트모템을 저장했습니다. 내 버전을 유지할까요, 상대 버전을 받을까요? 자세히 보기에 섹션별로 두 버전이 나옵니다.</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>상대 버전 받기</translation>
    </message>
</context>
<context>
    <name>ConnectionBadge</name>
    <message numerus="yes">
        <source>Offline since %1 · %n event(s) waiting</source>
        <translation>
            <numerusform>%1부터 오프라인 · 이벤트 %n건 대기 중</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n waiting event(s)</source>
        <translation>
            <numerusform>대기 중인 이벤트 %n건 전송 중</numerusform>
        </translation>
    </message>
    <message>
        <source>The shared incident store cannot be reached. What you record is kept on this machine and sent, once each, when the connection is back.</source>
        <translation>공유 인시던트 저장소에 연결할 수 없습니다. 기록한 내용은 이 컴퓨터에 보관되며, 연결이 돌아오면 각각 한 번씩 전송됩니다.</translation>
    </message>
</context>
<context>
    <name>ConsoleMain</name>
    <message>
        <source>Incident Console cannot start</source>
        <translation>Incident Console을 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>체크리스트</translation>
    </message>
    <message>
        <source>%1
The shipped dashboard profile is used instead.</source>
        <translation>%1
기본 제공 대시보드 프로필을 대신 사용합니다.</translation>
    </message>
    <message>
        <source>Incident Console</source>
        <translation>Incident Console</translation>
    </message>
    <message>
        <source>Dashboard profile</source>
        <translation>대시보드 프로필</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
</context>
<context>
    <name>CurlCommand</name>
    <message>
        <source>not a curl command</source>
        <translation>curl 명령이 아닙니다</translation>
    </message>
    <message>
        <source>it chains shell commands or redirects output (; &amp;&amp; || &gt; &lt;), which the console never runs</source>
        <translation>셸 명령을 연결하거나 출력을 리디렉션합니다(; &amp;&amp; || &gt; &lt;). 콘솔은 이런 명령을 실행하지 않습니다</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1에 값이 필요합니다</translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; has no name</source>
        <translation>헤더 &quot;%1&quot;에 이름이 없습니다</translation>
    </message>
    <message>
        <source>the body comes from the file %1, which the console does not read</source>
        <translation>본문을 파일 %1에서 가져옵니다. 콘솔은 이 파일을 읽지 않습니다</translation>
    </message>
    <message>
        <source>unknown option %1; the console does not guess what it means</source>
        <translation>알 수 없는 옵션 %1. 콘솔은 옵션의 의미를 추측하지 않습니다</translation>
    </message>
    <message>
        <source>a second URL %1</source>
        <translation>두 번째 URL %1이(가) 있습니다</translation>
    </message>
    <message>
        <source>there is no URL</source>
        <translation>URL이 없습니다</translation>
    </message>
    <message>
        <source>&quot;| %1&quot; after the request is not applied</source>
        <translation>요청 뒤의 &quot;| %1&quot;은(는) 적용되지 않습니다</translation>
    </message>
    <message>
        <source>its URL uses %1:, not http or https; the console sends only HTTP requests</source>
        <translation>URL이 http나 https가 아닌 %1:을(를) 사용합니다. 콘솔은 HTTP 요청만 보냅니다</translation>
    </message>
    <message>
        <source>its headers come from the file %1, which the console does not read</source>
        <translation>헤더를 파일 %1에서 읽습니다. 콘솔은 이 파일을 읽지 않습니다</translation>
    </message>
    <message>
        <source>the data comes from the file %1, which the console does not read</source>
        <translation>데이터를 파일 %1에서 읽습니다. 콘솔은 이 파일을 읽지 않습니다</translation>
    </message>
    <message>
        <source>%1 %2 is not a number of seconds</source>
        <translation>%1 %2은(는) 초 단위 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>its cookies come from the file %1, which the console does not read</source>
        <translation>쿠키를 파일 %1에서 읽습니다. 콘솔은 이 파일을 읽지 않습니다</translation>
    </message>
    <message>
        <source>%1 writes the answer to the file %2; the console shows answers, it writes no files</source>
        <translation>%1은(는) 응답을 파일 %2에 씁니다. 콘솔은 응답을 보여줄 뿐 파일을 쓰지 않습니다</translation>
    </message>
    <message>
        <source>%1 is not applied: the console sends the request once; run it again to retry</source>
        <translation>%1은(는) 적용되지 않습니다. 콘솔은 요청을 한 번만 보냅니다. 다시 시도하려면 다시 실행하세요</translation>
    </message>
    <message>
        <source>%1 reads the local file %2, which the console never does</source>
        <translation>%1은(는) 로컬 파일 %2을(를) 읽습니다. 콘솔은 절대 그렇게 하지 않습니다</translation>
    </message>
    <message>
        <source>(curl&apos;s own)</source>
        <translation>(curl 자체 설정)</translation>
    </message>
    <message>
        <source>%1 writes a local file, which the console never does</source>
        <translation>%1은(는) 로컬 파일을 씁니다. 콘솔은 절대 그렇게 하지 않습니다</translation>
    </message>
    <message>
        <source>%1 sends through a proxy, which the console does not do; it would reach the server another way</source>
        <translation>%1은(는) 프록시를 거쳐 보냅니다. 콘솔은 그렇게 하지 않으므로 다른 경로로 서버에 닿게 됩니다</translation>
    </message>
    <message>
        <source>%1 sends a multipart form, which the console does not build</source>
        <translation>%1은(는) multipart 폼을 보냅니다. 콘솔은 이를 만들지 않습니다</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1은(는) 값을 받지 않습니다</translation>
    </message>
    <message>
        <source>it uses command substitution or a shell expansion ($(...), backquotes, ${X:-default}), which the console never runs</source>
        <translation>명령 치환이나 셸 확장($(...), 백쿼트, ${X:-default})을 사용합니다. 콘솔은 이를 절대 실행하지 않습니다</translation>
    </message>
</context>
<context>
    <name>DashboardProfileLoader</name>
    <message>
        <source>%1: the alert %2 matches no panel&apos;s query, so no panel shows it.</source>
        <translation>%1: 알림 %2과(와) 일치하는 패널 쿼리가 없어 어느 패널에도 표시되지 않습니다.</translation>
    </message>
    <message>
        <source>the profile must be a mapping with &quot;panels&quot;</source>
        <translation>프로필은 &quot;panels&quot;가 있는 매핑이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration such as 15s or 1m</source>
        <translation>&quot;%1&quot;은(는) 15s 또는 1m 같은 기간 형식이 아닙니다</translation>
    </message>
    <message>
        <source>the profile has no &quot;panels&quot; list</source>
        <translation>프로필에 &quot;panels&quot; 목록이 없습니다</translation>
    </message>
    <message>
        <source>a panel needs a &quot;query&quot; and a &quot;title&quot; or &quot;id&quot;</source>
        <translation>패널에는 &quot;query&quot;와 &quot;title&quot; 또는 &quot;id&quot;가 필요합니다</translation>
    </message>
    <message>
        <source>a threshold&apos;s level is &quot;warning&quot; or &quot;critical&quot;, not &quot;%1&quot;</source>
        <translation>임계치의 level은 &quot;%1&quot;이(가) 아니라 &quot;warning&quot; 또는 &quot;critical&quot;이어야 합니다</translation>
    </message>
    <message>
        <source>a threshold needs &quot;above&quot; or &quot;below&quot; with a number</source>
        <translation>임계치에는 숫자 값을 지정한 &quot;above&quot; 또는 &quot;below&quot;가 필요합니다</translation>
    </message>
    <message>
        <source>&quot;for&quot; is not a duration such as 2m</source>
        <translation>&quot;for&quot;가 2m 같은 기간 형식이 아닙니다</translation>
    </message>
    <message>
        <source>The dashboard profile %1, line %2: %3.</source>
        <translation>대시보드 프로필 %1, %2행: %3.</translation>
    </message>
    <message>
        <source>expected &quot;groups:&quot; or a list of rules</source>
        <translation>&quot;groups:&quot; 또는 규칙 목록이 있어야 합니다</translation>
    </message>
    <message>
        <source>%1, line %2: the alert %3 is not &quot;&lt;query&gt; &gt; &lt;number&gt;&quot;; it is not drawn.</source>
        <translation>%1, %2행: 알림 %3이(가) &quot;&lt;query&gt; &gt; &lt;number&gt;&quot; 형식이 아니어서 차트에 표시하지 않습니다.</translation>
    </message>
    <message>
        <source>The alerting rules %1, line %2: %3.</source>
        <translation>알림 규칙 %1, %2행: %3.</translation>
    </message>
    <message>
        <source>The dashboard profile cannot be used: %1</source>
        <translation>대시보드 프로필을 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The alerting rules named by %1 cannot be used: %2</source>
        <translation>%1이(가) 지정한 알림 규칙을 사용할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>&quot;keep_firing_for&quot; is not a duration such as 5m</source>
        <translation>&quot;keep_firing_for&quot;가 5m 같은 기간이 아닙니다</translation>
    </message>
    <message>
        <source>&quot;keep_firing_for&quot; needs &quot;for&quot;: only an alert keeps firing</source>
        <translation>&quot;keep_firing_for&quot;에는 &quot;for&quot;가 필요합니다. 발생한 알림만 계속 유지됩니다</translation>
    </message>
    <message>
        <source>&quot;alertmanager&quot; needs an http:// or https:// URL, not &quot;%1&quot;</source>
        <translation>&quot;alertmanager&quot;에는 &quot;%1&quot;이 아니라 http:// 또는 https:// URL이 필요합니다</translation>
    </message>
    <message>
        <source>&quot;refresh&quot; of alertmanager is not a duration of at least 200ms</source>
        <translation>alertmanager의 &quot;refresh&quot;가 200ms 이상의 기간이 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SEV (1, 2, 3 or SEV-1 ...)</source>
        <translation>&quot;%1&quot;은(는) SEV가 아닙니다(1, 2, 3 또는 SEV-1 ...)</translation>
    </message>
</context>
<context>
    <name>DataFiles</name>
    <message>
        <source>Your checklist %1 is not valid (%2); the shipped checklist is used instead. Fix the file and restart.</source>
        <translation>사용자 체크리스트 %1이(가) 올바르지 않아(%2) 기본 제공 체크리스트를 대신 사용합니다. 파일을 수정한 후 다시 시작하세요.</translation>
    </message>
    <message>
        <source>%1 is not valid: %2</source>
        <translation>%1이(가) 올바르지 않습니다: %2</translation>
    </message>
    <message>
        <source>Your templates were not used: %1. The shipped templates are used instead; fix the file and restart.</source>
        <translation>사용자 템플릿을 사용하지 않았습니다: %1. 기본 제공 템플릿을 대신 사용합니다. 파일을 수정한 후 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Your checklist cannot be used (%1); the shipped checklist is used instead.</source>
        <translation>팀 체크리스트를 사용할 수 없어(%1) 기본 체크리스트를 사용합니다.</translation>
    </message>
</context>
<context>
    <name>DeclareIncidentDialog</name>
    <message>
        <source>Declare incident</source>
        <translation>인시던트 선언</translation>
    </message>
    <message>
        <source>What is broken, e.g. &quot;Checkout API 5xx&quot;</source>
        <translation>무엇이 고장 났는지, 예: &quot;Checkout API 5xx&quot;</translation>
    </message>
    <message>
        <source>When the impact began; set it earlier if the incident started before you declared it.</source>
        <translation>영향이 시작된 시각. 선언하기 전에 인시던트가 시작되었다면 더 이른 시각으로 설정하세요.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>제목(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>심각도(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Commander</source>
        <translation>커맨더(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation>시작 시각(&amp;S)</translation>
    </message>
    <message>
        <source>Declare</source>
        <translation>선언</translation>
    </message>
    <message>
        <source>%1: %2. Status updates every %3 minutes.</source>
        <translation>%1: %2. 상황 보고는 %3분마다 합니다.</translation>
    </message>
    <message>
        <source>Choose the SEV…</source>
        <translation>SEV 선택…</translation>
    </message>
    <message>
        <source>Choose the SEV: it says how bad this is and how often status updates are due.</source>
        <translation>SEV를 선택하세요. 얼마나 심각한지와 상황 보고 주기가 정해집니다.</translation>
    </message>
    <message>
        <source>Choose the SEV; the definitions are beside each level.</source>
        <translation>SEV를 선택하세요. 각 단계 옆에 정의가 있습니다.</translation>
    </message>
    <message>
        <source>Name the incident commander: the one person who decides, so everyone knows whom to ask.</source>
        <translation>인시던트 커맨더를 지정하세요. 모두가 누구에게 물어야 하는지 알 수 있도록 결정하는 한 사람입니다.</translation>
    </message>
</context>
<context>
    <name>DemoIncident</name>
    <message>
        <source>the demo incident is not valid: %1</source>
        <translation>데모 인시던트가 올바르지 않습니다: %1</translation>
    </message>
</context>
<context>
    <name>EditEventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>이벤트 편집</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>시각(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>내용(&amp;T)</translation>
    </message>
    <message>
        <source>The earlier text and time are kept in the store as a revision. Ctrl+Enter saves.</source>
        <translation>이전 텍스트와 시각은 저장소에 수정 이력으로 남습니다. Ctrl+Enter로 저장합니다.</translation>
    </message>
</context>
<context>
    <name>EventKindInfo</name>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>체크리스트</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>조치</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Status update</source>
        <translation>상황 보고</translation>
    </message>
</context>
<context>
    <name>FeedListener</name>
    <message>
        <source>the server has not answered for %1 s</source>
        <translation>서버가 %1초 동안 응답하지 않았습니다</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
</context>
<context>
    <name>FollowCommand</name>
    <message>
        <source>Connection to the store lost at %1 (%2); reconnecting.</source>
        <translation>%1에 저장소 연결이 끊겼습니다 (%2); 다시 연결하는 중입니다.</translation>
    </message>
    <message>
        <source>Connected again; reading what was missed.</source>
        <translation>다시 연결되었습니다; 놓친 내용을 읽는 중입니다.</translation>
    </message>
</context>
<context>
    <name>HttpAction</name>
    <message>
        <source>(TLS certificate not checked: -k)</source>
        <translation>(TLS 인증서를 확인하지 않음: -k)</translation>
    </message>
    <message>
        <source>(follows redirects)</source>
        <translation>(리다이렉트를 따라감)</translation>
    </message>
    <message>
        <source>(gives up after %1 s)</source>
        <translation>(%1초 후 포기)</translation>
    </message>
</context>
<context>
    <name>HttpCall</name>
    <message>
        <source>the deadline passed while the request waited for a free connection</source>
        <translation>요청이 사용 가능한 연결을 기다리는 동안 제한 시간이 지났습니다</translation>
    </message>
    <message>
        <source>the environment variable %1 (the bearer token) is not set; set it before starting the console</source>
        <translation>환경 변수 %1(베어러 토큰)이(가) 설정되지 않았습니다. 콘솔을 시작하기 전에 설정하세요</translation>
    </message>
    <message>
        <source>the environment variable %1 (the user name) is not set; set it before starting the console</source>
        <translation>환경 변수 %1(사용자 이름)이(가) 설정되지 않았습니다. 콘솔을 시작하기 전에 설정하세요</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>리디렉션이 %1회를 초과했습니다</translation>
    </message>
    <message>
        <source>no complete answer within %1 ms</source>
        <translation>%1 ms 안에 응답을 모두 받지 못했습니다</translation>
    </message>
    <message>
        <source>after %1 bytes of the body: %2</source>
        <translation>본문 %1바이트를 받은 후: %2</translation>
    </message>
    <message>
        <source>a redirect to %1, which is not followed</source>
        <translation>%1(으)로의 리디렉션이며 따라가지 않습니다</translation>
    </message>
</context>
<context>
    <name>HttpOutcomeInfo</name>
    <message>
        <source>%1 answered %2 in %3 ms.</source>
        <translation>%1 응답: %2(%3 ms).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3.</source>
        <translation>%1 응답: HTTP %2%3.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 ms; it may be overloaded. Try again, or raise the timeout.</source>
        <translation>%1이(가) %2 ms 안에 응답하지 않았습니다. 과부하 상태일 수 있습니다. 다시 시도하거나 시간 초과 값을 늘리세요.</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing is listening there. Check that the server runs and the address and port are right.</source>
        <translation>%1이(가) 연결을 거부했습니다. 해당 주소에서 수신 대기 중인 서버가 없습니다. 서버가 실행 중인지, 주소와 포트가 올바른지 확인하세요.</translation>
    </message>
    <message>
        <source>The host of %1 could not be found (DNS). Check the name in the URL.</source>
        <translation>%1의 호스트를 찾을 수 없습니다(DNS). URL의 호스트 이름을 확인하세요.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2. The certificate was not accepted; fix it on the server or trust its CA.</source>
        <translation>%1에 대한 TLS 연결에 실패했습니다: %2. 인증서가 승인되지 않았습니다. 서버에서 인증서를 수정하거나 해당 CA를 신뢰하도록 설정하세요.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed before the answer was complete (%2).</source>
        <translation>응답을 모두 받기 전에 %1 연결이 끊어졌습니다(%2).</translation>
    </message>
    <message>
        <source>%1 answered, but the body could not be read: %2.</source>
        <translation>%1이(가) 응답했지만 본문을 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>%1 sent more than the allowed %2 MB; the answer was cut off. Narrow the request.</source>
        <translation>%1이(가) 허용된 %2 MB보다 많은 데이터를 보내 응답이 잘렸습니다. 요청 범위를 좁히세요.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>%1 요청이 취소되었습니다.</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2.</source>
        <translation>%1 요청이 실패했습니다: %2.</translation>
    </message>
</context>
<context>
    <name>HttpieCommand</name>
    <message>
        <source>--verify=%1 reads a CA bundle from a local file, which the console never does</source>
        <translation>--verify=%1은(는) 로컬 파일에서 CA 번들을 읽습니다. 콘솔은 절대 그렇게 하지 않습니다</translation>
    </message>
    <message>
        <source>%1 reads or writes a local file, which the console never does</source>
        <translation>%1은(는) 로컬 파일을 읽거나 씁니다. 콘솔은 절대 그렇게 하지 않습니다</translation>
    </message>
    <message>
        <source>--offline only prints the request; there is nothing to send</source>
        <translation>--offline은 요청을 출력만 합니다. 보낼 것이 없습니다</translation>
    </message>
    <message>
        <source>unknown option %1; the console does not guess what it means</source>
        <translation>알 수 없는 옵션 %1. 콘솔은 그 의미를 추측하지 않습니다</translation>
    </message>
    <message>
        <source>there is no URL</source>
        <translation>URL이 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTPie request item (Header:value, name==value, field=value, field:=json)</source>
        <translation>&quot;%1&quot;은(는) HTTPie 요청 항목(Header:value, name==value, field=value, field:=json)이 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads a local file, which the console never does</source>
        <translation>&quot;%1&quot;은(는) 로컬 파일을 읽습니다. 콘솔은 절대 그렇게 하지 않습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is raw JSON in a --form request</source>
        <translation>&quot;%1&quot;은(는) --form 요청 안의 원시 JSON입니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid JSON after :=</source>
        <translation>&quot;%1&quot;의 := 뒤가 올바른 JSON이 아닙니다</translation>
    </message>
    <message>
        <source>--auth-type %1 is not sent by the console; only basic and bearer are</source>
        <translation>--auth-type %1은(는) 콘솔이 보내지 않습니다. basic과 bearer만 보냅니다</translation>
    </message>
</context>
<context>
    <name>Incident</name>
    <message>
        <source>Give the incident a title: a few words that say what is broken, e.g. &quot;Checkout API 5xx&quot;.</source>
        <translation>인시던트 제목을 입력하세요. 무엇이 고장 났는지 몇 단어로 적습니다. 예: &quot;Checkout API 5xx&quot;.</translation>
    </message>
    <message>
        <source>started</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>감지</translation>
    </message>
    <message>
        <source>mitigated</source>
        <translation>완화</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>해결</translation>
    </message>
    <message>
        <source>The incident cannot be %1 (%3) before it was %2 (%4); key times go started ≤ detected ≤ mitigated ≤ resolved.</source>
        <translation>인시던트가 %2(%4)되기 전에 %1(%3)될 수는 없습니다. 주요 시각은 시작 ≤ 감지 ≤ 완화 ≤ 해결 순서입니다.</translation>
    </message>
</context>
<context>
    <name>IncidentDialogs</name>
    <message>
        <source>Incident declared and recorded</source>
        <translation>인시던트를 선언하고 기록했습니다</translation>
    </message>
    <message>
        <source>Status recorded as of %1</source>
        <translation>%1 기준으로 상태를 기록했습니다</translation>
    </message>
    <message>
        <source>Move to a shared store</source>
        <translation>공유 저장소로 옮기기</translation>
    </message>
    <message>
        <source>The shared store&apos;s URL (the password from PGPASSWORD or ~/.pgpass):</source>
        <translation>공유 저장소의 URL (비밀번호는 PGPASSWORD 또는 ~/.pgpass에서):</translation>
    </message>
    <message>
        <source>Incident moved</source>
        <translation>인시던트를 옮겼습니다</translation>
    </message>
    <message>
        <source>The incident is now incident %1 on %2. Send this to the people who should join:</source>
        <translation>이제 이 인시던트는 %2의 인시던트 %1입니다. 참여할 사람들에게 다음을 보내세요:</translation>
    </message>
    <message>
        <source>Reopen on the shared store</source>
        <translation>공유 저장소에서 다시 열기</translation>
    </message>
    <message>
        <source>Stay on this file</source>
        <translation>이 파일에 머물기</translation>
    </message>
    <message>
        <source>The console could not be started on the shared store: %1</source>
        <translation>공유 저장소로 콘솔을 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Moving incident %1 to the shared store…</source>
        <translation>인시던트 %1을(를) 공유 저장소로 옮기는 중…</translation>
    </message>
</context>
<context>
    <name>IncidentHeader</name>
    <message>
        <source>Time since the incident started</source>
        <translation>인시던트 시작 후 경과 시간</translation>
    </message>
    <message>
        <source>Severity: changing it is recorded in the timeline</source>
        <translation>심각도: 변경하면 타임라인에 기록됩니다</translation>
    </message>
    <message>
        <source>Status: changing it is recorded in the timeline and sets the key times</source>
        <translation>상태: 변경하면 타임라인에 기록되고 주요 시각이 설정됩니다</translation>
    </message>
    <message>
        <source>No incident open</source>
        <translation>열린 인시던트 없음</translation>
    </message>
    <message>
        <source>Declare an incident (Ctrl+D), open a past one (Ctrl+O) or open the demo incident.</source>
        <translation>인시던트를 선언(Ctrl+D)하거나, 지난 인시던트를 열거나(Ctrl+O), 데모 인시던트를 여세요.</translation>
    </message>
    <message>
        <source>Commander: %1 · Started %2 · Detected %3 · Mitigated %4 · Resolved %5</source>
        <translation>커맨더: %1 · 시작 %2 · 감지 %3 · 완화 %4 · 해결 %5</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Status updates are due on the SEV&apos;s cadence (SEV-1 every 15 min, SEV-2 every 30, SEV-3 every 60); publishing one restarts the clock</source>
        <translation>상황 보고는 심각도별 보고 주기(SEV-1 15분, SEV-2 30분, SEV-3 60분)마다 해야 합니다. 보고를 게시하면 카운트다운이 다시 시작됩니다</translation>
    </message>
</context>
<context>
    <name>IncidentListDialog</name>
    <message>
        <source>Open incident</source>
        <translation>인시던트 열기</translation>
    </message>
    <message>
        <source>No incidents recorded yet. Declare one, or open the demo incident.</source>
        <translation>아직 기록된 인시던트가 없습니다. 인시던트를 선언하거나 데모 인시던트를 여세요.</translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>SEV</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Commander</source>
        <translation>커맨더</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작 시각</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>이벤트 수</translation>
    </message>
</context>
<context>
    <name>IncidentMove</name>
    <message>
        <source>Moved to the shared store %1 as incident %2; record there from now on.</source>
        <translation>공유 저장소 %1의 인시던트 %2(으)로 옮겼습니다; 이제부터 그곳에 기록하세요.</translation>
    </message>
    <message>
        <source>Join with: incident-console --db &apos;%1&apos; --open %2 --role scribe (the password from PGPASSWORD or ~/.pgpass)</source>
        <translation>참여 방법: incident-console --db &apos;%1&apos; --open %2 --role scribe (비밀번호는 PGPASSWORD 또는 ~/.pgpass에서)</translation>
    </message>
</context>
<context>
    <name>IncidentService</name>
    <message>
        <source>No incident is open. Declare one or open a past one first.</source>
        <translation>열린 인시던트가 없습니다. 먼저 인시던트를 선언하거나 지난 인시던트를 여세요.</translation>
    </message>
    <message>
        <source>Incident declared: %1, %2, commander %3</source>
        <translation>인시던트 선언: %1, %2, 커맨더 %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>The note is empty: type what happened, then press Enter.</source>
        <translation>메모가 비어 있습니다. 무슨 일이 있었는지 입력한 후 Enter 키를 누르세요.</translation>
    </message>
    <message>
        <source>Severity changed: %1 → %2</source>
        <translation>심각도 변경: %1 → %2</translation>
    </message>
    <message>
        <source>Status changed: %1 → %2</source>
        <translation>상태 변경: %1 → %2</translation>
    </message>
    <message>
        <source>The checklist has no item &quot;%1&quot;.</source>
        <translation>체크리스트에 &quot;%1&quot; 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>완료: %1</translation>
    </message>
    <message>
        <source>Reopened: %1</source>
        <translation>완료 취소: %1</translation>
    </message>
    <message>
        <source>The event %1 is not part of this incident.</source>
        <translation>이벤트 %1은(는) 이 인시던트의 이벤트가 아닙니다.</translation>
    </message>
    <message>
        <source>An event cannot be emptied; its text is what the post-mortem shows.</source>
        <translation>이벤트 내용은 비울 수 없습니다. 포스트모템에 그대로 표시되는 내용입니다.</translation>
    </message>
    <message>
        <source>The status update is empty: fill the template, then publish.</source>
        <translation>상황 보고가 비어 있습니다. 템플릿을 채운 후 게시하세요.</translation>
    </message>
    <message>
        <source>The start time %1 is before the year 2000; give the moment the impact began.</source>
        <translation>시작 시각 %1은(는) 2000년 이전입니다. 영향이 시작된 시각을 지정하세요.</translation>
    </message>
    <message>
        <source>The moment %1 is in the future.</source>
        <translation>시각 %1은(는) 미래입니다.</translation>
    </message>
    <message>
        <source> (as of %1, %2)</source>
        <translation> (%1 기준, %2)</translation>
    </message>
    <message>
        <source>Another seat changed this event while you were editing it.</source>
        <translation>편집하는 동안 다른 자리에서 이 이벤트를 변경했습니다.</translation>
    </message>
    <message>
        <source>%1 joined as %2</source>
        <translation>%1 님이 %2(으)로 참여</translation>
    </message>
    <message>
        <source>Name the person who takes command.</source>
        <translation>지휘권을 넘겨받을 사람의 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>%1 is already the commander.</source>
        <translation>%1 님은 이미 지휘관입니다.</translation>
    </message>
    <message>
        <source>Command handed over: %1 → %2</source>
        <translation>지휘권 인계: %1 → %2</translation>
    </message>
    <message>
        <source>Another seat saved the post-mortem while you were writing it.</source>
        <translation>작성하는 동안 다른 자리에서 포스트모템을 저장했습니다.</translation>
    </message>
    <message>
        <source>This event is still on its way to the store; edit it once it shows as recorded.</source>
        <translation>이 이벤트는 아직 저장소로 가는 중입니다. 기록됨으로 표시된 뒤에 수정하세요.</translation>
    </message>
    <message>
        <source>The shared store %1 cannot be reached.</source>
        <translation>공유 저장소 %1에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>The store %1 cannot be reached.</source>
        <translation>저장소 %1에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>The post-mortem was not saved. %1</source>
        <translation>포스트모템이 저장되지 않았습니다. %1</translation>
    </message>
    <message>
        <source>Not recorded: &quot;%1&quot;. %2</source>
        <translation>기록되지 않음: &quot;%1&quot;. %2</translation>
    </message>
    <message>
        <source>Console threshold</source>
        <translation>콘솔 임계값</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n alerts)</source>
        <translation>
            <numerusform>%1 (알림 %n건)</numerusform>
        </translation>
    </message>
    <message>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <source>The alert has no labels; nothing to attach.</source>
        <translation>알림에 레이블이 없어 연결할 것이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is already attached to this incident.</source>
        <translation>%1은(는) 이미 이 인시던트에 연결되어 있습니다.</translation>
    </message>
    <message>
        <source> (the console&apos;s threshold recorded it at %1; from now on Alertmanager speaks for it)</source>
        <translation> (콘솔 임계값이 %1에 기록함. 이제부터 Alertmanager 기준으로 기록합니다)</translation>
    </message>
</context>
<context>
    <name>IncidentStatusInfo</name>
    <message>
        <source>Investigating</source>
        <translation>조사 중</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>원인 파악</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>모니터링</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>해결됨</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>완화됨</translation>
    </message>
</context>
<context>
    <name>IncidentStore</name>
    <message>
        <source>The incident store %1 is locked by another program (another console?) while %2. Close the other program and try again, or start with --db to use another file.</source>
        <translation>인시던트 저장소 %1 %2 중 다른 프로그램(다른 콘솔?)이 저장소를 잠그고 있었습니다. 다른 프로그램을 닫고 다시 시도하거나, --db로 다른 파일을 지정해 시작하세요.</translation>
    </message>
    <message>
        <source>The incident store %1 is damaged or is not an Incident Console store (%2). The console has not changed it. Restore it from a backup or move it aside, or start with --db to use another file.</source>
        <translation>인시던트 저장소 %1이(가) 손상되었거나 Incident Console 저장소가 아닙니다(%2). 콘솔은 이 파일을 변경하지 않았습니다. 백업에서 복원하거나 파일을 다른 곳으로 옮기거나, --db로 다른 파일을 지정해 시작하세요.</translation>
    </message>
    <message>
        <source>The incident store %1 failed while %2: %3</source>
        <translation>인시던트 저장소 %1 %2 중 오류가 발생했습니다: %3</translation>
    </message>
    <message>
        <source>opening it</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>권한이 없습니다</translation>
    </message>
    <message>
        <source>creating it</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>checking it</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>corrupt: %1</source>
        <translation>손상됨: %1</translation>
    </message>
    <message>
        <source>it was written by a newer Incident Console (schema %1, this one knows %2); use the newer console</source>
        <translation>더 새로운 버전의 Incident Console에서 기록한 저장소입니다(스키마 %1, 이 버전은 %2까지 지원). 새 버전의 콘솔을 사용하세요</translation>
    </message>
    <message>
        <source>upgrading it to schema version %1</source>
        <translation>스키마 버전 %1(으)로 업그레이드</translation>
    </message>
    <message>
        <source>recording an event</source>
        <translation>이벤트 기록</translation>
    </message>
    <message>
        <source>creating an incident</source>
        <translation>인시던트 생성</translation>
    </message>
    <message>
        <source>recording events</source>
        <translation>이벤트 일괄 기록</translation>
    </message>
    <message>
        <source>editing an event</source>
        <translation>이벤트 편집</translation>
    </message>
    <message>
        <source>event %1 does not exist</source>
        <translation>이벤트 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>changing the incident</source>
        <translation>인시던트 변경</translation>
    </message>
    <message>
        <source>recording a checklist item</source>
        <translation>체크리스트 항목 기록</translation>
    </message>
    <message>
        <source>saving the post-mortem</source>
        <translation>포스트모템 저장</translation>
    </message>
    <message>
        <source>listing incidents</source>
        <translation>인시던트 목록 조회</translation>
    </message>
    <message>
        <source>loading incident %1</source>
        <translation>인시던트 %1 불러오기</translation>
    </message>
    <message>
        <source>There is no incident %1 in %2. List the incidents with &quot;incident-console list&quot;.</source>
        <translation>%2에 인시던트 %1이(가) 없습니다. &quot;incident-console list&quot;로 인시던트 목록을 확인하세요.</translation>
    </message>
    <message>
        <source>reading the history of an event</source>
        <translation>이벤트 이력 읽기</translation>
    </message>
    <message>
        <source>The incident store %1 cannot be opened or written while %2 (%3). Check that the file and its folder exist and that you may write them, or start with --db to use another file.</source>
        <translation>인시던트 저장소 %1 %2 중 파일을 열거나 쓸 수 없습니다(%3). 파일과 폴더가 있는지, 쓰기 권한이 있는지 확인하거나, --db로 다른 파일을 지정해 시작하세요.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>폴더 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>keeping metric samples</source>
        <translation>메트릭 샘플 저장</translation>
    </message>
    <message>
        <source>reading metric samples</source>
        <translation>메트릭 샘플 읽기</translation>
    </message>
    <message>
        <source>The file %1 is a database of another program (%2), not an Incident Console store. The console has not changed it. Start with --db to name a new or existing store.</source>
        <translation>%1 파일은 다른 프로그램의 데이터베이스(%2)이며 Incident Console 저장소가 아닙니다. 콘솔은 이 파일을 변경하지 않았습니다. --db로 새 저장소나 기존 저장소를 지정해 시작하세요.</translation>
    </message>
    <message>
        <source>The disk that holds the incident store %1 is full while %2, so nothing was recorded. Free some space on it and try again.</source>
        <translation>%2 중 인시던트 저장소 %1이(가) 있는 디스크가 가득 차서 아무것도 기록되지 않았습니다. 디스크 공간을 확보한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file, and a store that is not a file keeps nothing that is recorded. Name a file with --db, such as ~/incidents.sqlite.</source>
        <translation>&quot;%1&quot;은(는) 파일이 아니며, 파일이 아닌 저장소에는 기록한 내용이 남지 않습니다. --db로 ~/incidents.sqlite 같은 파일을 지정하세요.</translation>
    </message>
    <message>
        <source>reading it</source>
        <translation>읽기</translation>
    </message>
    <message>
        <source>application id %1</source>
        <translation>애플리케이션 ID %1</translation>
    </message>
    <message>
        <source>schema version %1 and no tables</source>
        <translation>스키마 버전 %1, 테이블 없음</translation>
    </message>
    <message>
        <source>tables %1</source>
        <translation>테이블 %1</translation>
    </message>
    <message>
        <source>SQLite kept the journal mode &quot;%1&quot; instead of WAL; the folder must allow shared memory files (a local disk, not a network share)</source>
        <translation>SQLite가 WAL 대신 저널 모드 &quot;%1&quot;을(를) 유지했습니다. 폴더가 공유 메모리 파일을 허용해야 합니다(네트워크 공유가 아닌 로컬 디스크)</translation>
    </message>
    <message>
        <source>setting it up</source>
        <translation>준비</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a SQLite URI, not a path. Name the store&apos;s file with --db, such as ~/incidents.sqlite.</source>
        <translation>&quot;%1&quot;은(는) 경로가 아니라 SQLite URI입니다. --db로 저장소 파일을 지정하세요(예: ~/incidents.sqlite).</translation>
    </message>
    <message>
        <source>The shared incident store %1 cannot be reached while %2 (%3). Check that the server runs and that the URL, user and password (PGPASSWORD or ~/.pgpass) are right. If the database does not exist yet, create it once with createdb (see the README).</source>
        <translation>%2 중에 공유 인시던트 저장소 %1에 연결할 수 없습니다 (%3). 서버가 실행 중인지, URL·사용자·비밀번호(PGPASSWORD 또는 ~/.pgpass)가 맞는지 확인하세요. 데이터베이스가 아직 없다면 createdb로 한 번 만드세요 (README 참고).</translation>
    </message>
    <message>
        <source>The shared incident store %1 refused this user while %2 (%3). Ask its administrator for access, or check the user and password (PGPASSWORD or ~/.pgpass).</source>
        <translation>%2 중에 공유 인시던트 저장소 %1이(가) 이 사용자를 거부했습니다 (%3). 관리자에게 권한을 요청하거나 사용자와 비밀번호(PGPASSWORD 또는 ~/.pgpass)를 확인하세요.</translation>
    </message>
    <message>
        <source>The server of the shared incident store %1 is out of disk space while %2, so nothing was recorded. Ask its administrator to free some.</source>
        <translation>%2 중에 공유 인시던트 저장소 %1의 서버 디스크 공간이 부족해 아무것도 기록되지 않았습니다. 관리자에게 공간 확보를 요청하세요.</translation>
    </message>
    <message>
        <source>Another seat changed the shared incident store %1 at the same moment while %2. Try again.</source>
        <translation>%2 중에 다른 자리가 같은 순간 공유 인시던트 저장소 %1을(를) 변경했습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>recording a change</source>
        <translation>변경 기록</translation>
    </message>
    <message>
        <source>This console cannot reach PostgreSQL: Qt&apos;s driver for it is missing. Install the package libqt6sql6-psql, or use a SQLite file with --db.</source>
        <translation>이 콘솔은 PostgreSQL에 연결할 수 없습니다: Qt의 PostgreSQL 드라이버가 없습니다. libqt6sql6-psql 패키지를 설치하거나 --db로 SQLite 파일을 사용하세요.</translation>
    </message>
    <message>
        <source>connecting to it</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>connecting to it again</source>
        <translation>재연결</translation>
    </message>
    <message>
        <source>the store returned no id</source>
        <translation>저장소가 ID를 돌려주지 않았습니다</translation>
    </message>
    <message>
        <source>another seat changed the event since it was opened (version %1, not %2)</source>
        <translation>연 뒤에 다른 자리에서 이벤트를 변경했습니다 (버전 %2이 아니라 %1)</translation>
    </message>
    <message>
        <source>another seat saved the post-mortem since it was opened</source>
        <translation>연 뒤에 다른 자리에서 포스트모템을 저장했습니다</translation>
    </message>
    <message>
        <source>reading an event</source>
        <translation>이벤트 읽기</translation>
    </message>
    <message>
        <source>reading the change feed</source>
        <translation>변경 피드 읽기</translation>
    </message>
    <message>
        <source>reading what other seats recorded</source>
        <translation>다른 자리의 기록 읽기</translation>
    </message>
    <message>
        <source>recording a role</source>
        <translation>역할 기록</translation>
    </message>
    <message>
        <source>handing over command</source>
        <translation>지휘권 인계</translation>
    </message>
</context>
<context>
    <name>JqFilter</name>
    <message>
        <source>the jq program uses &quot;%1&quot;, which could read more than the answer; only paths, indexes, slices and filters are run</source>
        <translation>jq 프로그램이 &quot;%1&quot;을(를) 사용합니다. 이 기능은 응답 외의 데이터를 읽을 수 있습니다. 경로, 인덱스, 슬라이스, 필터만 실행합니다</translation>
    </message>
    <message>
        <source>the jq program uses &quot;%1&quot;, which may run without end; only paths, indexes, slices and filters are run</source>
        <translation>jq 프로그램이 끝없이 실행될 수 있는 &quot;%1&quot;을(를) 사용합니다. 경로, 인덱스, 슬라이스, 필터만 실행됩니다</translation>
    </message>
</context>
<context>
    <name>JqRunner</name>
    <message>
        <source>the jq program stopped: its answer could not be read</source>
        <translation>jq 프로그램이 중단되었습니다: 응답을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>the jq program &quot;%1&quot; is not valid: %2</source>
        <translation>jq 프로그램 &quot;%1&quot;이(가) 올바르지 않습니다: %2</translation>
    </message>
    <message>
        <source>the answer is not JSON (%1)</source>
        <translation>응답이 JSON이 아닙니다(%1)</translation>
    </message>
    <message>
        <source>jq stopped: %1</source>
        <translation>jq가 중단되었습니다: %1</translation>
    </message>
    <message>
        <source>jq could not start: the worker %1 is missing or cannot run (%2)</source>
        <translation>jq를 시작할 수 없습니다: 작업 프로그램 %1이(가) 없거나 실행할 수 없습니다(%2)</translation>
    </message>
    <message>
        <source>the jq program was cancelled</source>
        <translation>jq 프로그램이 취소되었습니다</translation>
    </message>
    <message>
        <source>the jq program stopped: it took longer than %1 s</source>
        <translation>jq 프로그램이 중단되었습니다: %1초 넘게 걸렸습니다</translation>
    </message>
    <message>
        <source>the jq program stopped: its output was larger than %1 MiB</source>
        <translation>jq 프로그램이 중단되었습니다: 출력이 %1 MiB를 넘었습니다</translation>
    </message>
    <message>
        <source>the jq program stopped: it used more than %1 MiB of memory</source>
        <translation>jq 프로그램이 중단되었습니다: 메모리를 %1 MiB 넘게 사용했습니다</translation>
    </message>
    <message>
        <source>the jq program stopped: it crashed (libjq failed on this program or answer)</source>
        <translation>jq 프로그램이 중단되었습니다: 비정상 종료했습니다(이 프로그램이나 응답에서 libjq가 실패했습니다)</translation>
    </message>
    <message>
        <source> (the answer was %1 MiB; ask the server for less, e.g. a filter or a limit in the URL)</source>
        <translation> (응답이 %1 MiB였습니다. 서버에 더 적게 요청하세요. 예: URL에 필터나 limit 지정)</translation>
    </message>
</context>
<context>
    <name>Logging</name>
    <message>
        <source>&quot;%1&quot; is not a log level: give debug, info, warning or error, or one module&apos;s as ic.network=debug.</source>
        <translation>&quot;%1&quot;은(는) 로그 수준이 아닙니다: debug, info, warning, error 중 하나를 주거나, 모듈 하나는 ic.network=debug 처럼 지정하세요.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;Incident</source>
        <translation>인시던트(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Declare incident…</source>
        <translation>인시던트 선언(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Open incident…</source>
        <translation>인시던트 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;runbook…</source>
        <translation>런북 열기(&amp;R)…</translation>
    </message>
    <message>
        <source>Open the &amp;demo incident (seed 001)</source>
        <translation>데모 인시던트 열기(시드 001)(&amp;D)</translation>
    </message>
    <message>
        <source>Set status as of a &amp;moment…</source>
        <translation>특정 시각 기준으로 상태 설정(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Export post-mortem…</source>
        <translation>포스트모템 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>타임라인(&amp;T)</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>메모 추가(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit selected event…</source>
        <translation>선택한 이벤트 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>메트릭(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Open dashboard profile…</source>
        <translation>대시보드 프로필 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Back to &amp;live</source>
        <translation>실시간으로 돌아가기(&amp;L)</translation>
    </message>
    <message>
        <source>Write a status &amp;update</source>
        <translation>상황 보고 작성(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;War-room wall view…</source>
        <translation>워룸 월 뷰(&amp;W)…</translation>
    </message>
    <message>
        <source>War-room wall view</source>
        <translation>워룸 월 뷰</translation>
    </message>
    <message>
        <source>Show the wall view on:</source>
        <translation>월 뷰를 표시할 화면:</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Incident Console</source>
        <translation>Incident Console 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About Incident Console</source>
        <translation>Incident Console 정보</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Incident Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Declare an incident, follow the checklist, record the timeline, export the post-mortem.&lt;/p&gt;&lt;p&gt;Store: %2&lt;br&gt;Log: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Incident Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;인시던트를 선언하고, 체크리스트를 따라 대응하고, 타임라인을 기록하고, 포스트모템을 내보냅니다.&lt;/p&gt;&lt;p&gt;저장소: %2&lt;br&gt;로그: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Hand over command…</source>
        <translation>지휘권 인계(&amp;H)…</translation>
    </message>
    <message>
        <source>Hand over command</source>
        <translation>지휘권 인계</translation>
    </message>
    <message>
        <source>%1 hands over command to:</source>
        <translation>%1 님이 지휘권을 넘길 사람:</translation>
    </message>
    <message>
        <source>&amp;Move to a shared store…</source>
        <translation>공유 저장소로 옮기기(&amp;M)…</translation>
    </message>
    <message>
        <source>A&amp;lerts</source>
        <translation>알림(&amp;L)</translation>
    </message>
    <message>
        <source>Set &amp;Alertmanager…</source>
        <translation>Alertmanager 설정(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>타임라인(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Post-mortem</source>
        <translation>포스트모템(&amp;P)</translation>
    </message>
    <message>
        <source>Post-mortem saved</source>
        <translation>포스트모템 저장됨</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>저장소: %1</translation>
    </message>
    <message>
        <source>Incident Console — %1</source>
        <translation>Incident Console — %1</translation>
    </message>
    <message>
        <source>Incident Console</source>
        <translation>Incident Console</translation>
    </message>
    <message>
        <source>The checklist of this incident could not be read: %1</source>
        <translation>이 인시던트의 체크리스트를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Demo incident recorded as a new incident; explore every view</source>
        <translation>데모 인시던트를 새 인시던트로 기록했습니다. 모든 화면을 둘러보세요</translation>
    </message>
    <message>
        <source>Export post-mortem</source>
        <translation>포스트모템 내보내기</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Post-mortem written to %1</source>
        <translation>포스트모템을 %1에 저장했습니다</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>메트릭(&amp;M)</translation>
    </message>
    <message>
        <source>Profile: %1 · Prometheus: %2</source>
        <translation>프로필: %1 · Prometheus: %2</translation>
    </message>
    <message>
        <source>Open dashboard profile</source>
        <translation>대시보드 프로필 열기</translation>
    </message>
    <message>
        <source>Dashboard profiles (*.yaml *.yml *.json)</source>
        <translation>대시보드 프로필 (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <source>&amp;Status update</source>
        <translation>상황 보고(&amp;S)</translation>
    </message>
    <message>
        <source>Status update recorded; the next one is due in %1 minutes</source>
        <translation>상황 보고를 기록했습니다. 다음 보고 시각은 %1분 후입니다</translation>
    </message>
    <message>
        <source>&amp;Runbooks</source>
        <translation>런북(&amp;R)</translation>
    </message>
    <message>
        <source>Open runbook</source>
        <translation>런북 열기</translation>
    </message>
    <message>
        <source>Markdown runbooks (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Markdown 런북 (*.md *.markdown *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Quit Incident Console</source>
        <translation>Incident Console 종료</translation>
    </message>
    <message>
        <source>The incident &quot;%1&quot; is still open. Everything recorded so far is saved; reminders and live charts stop while the console is closed.</source>
        <translation>인시던트 &quot;%1&quot;이(가) 아직 열려 있습니다. 지금까지 기록한 내용은 모두 저장되어 있습니다. 콘솔을 닫는 동안에는 알림과 실시간 차트가 멈춥니다.</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>그래도 종료(&amp;Q)</translation>
    </message>
    <message>
        <source>Post-mortem kept on this seat: it is sent when the shared store is back</source>
        <translation>포스트모템을 이 자리에 보관했습니다. 공유 저장소가 돌아오면 전송됩니다</translation>
    </message>
    <message>
        <source>Opening incident %1…</source>
        <translation>인시던트 %1을(를) 여는 중…</translation>
    </message>
    <message>
        <source>This event is not an alert the console evaluated, so no rule names its runbook.</source>
        <translation>이 이벤트는 콘솔이 평가한 알림이 아니어서, 런북을 지정한 규칙이 없습니다.</translation>
    </message>
    <message>
        <source>The rule %1 has no runbook_url annotation. Add one to it in the alerting rules, naming a runbook file or its URL.</source>
        <translation>규칙 %1에 runbook_url 어노테이션이 없습니다. 알림 규칙에 런북 파일이나 URL을 지정해 추가하세요.</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>알림(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Alerts (%1)</source>
        <translation>알림(&amp;A) (%1)</translation>
    </message>
    <message>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <source>Alertmanager&apos;s URL (its web address, e.g. http://alertmanager:9093); empty for none:</source>
        <translation>Alertmanager의 URL(웹 주소, 예: http://alertmanager:9093). 비우면 사용하지 않음:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL; the Alertmanager stays as it was.</source>
        <translation>&quot;%1&quot;은(는) http:// 또는 https:// URL이 아닙니다. Alertmanager 설정을 바꾸지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>MetricChart</name>
    <message>
        <source>  — stale</source>
        <translation>  — 오래됨</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>오래됨</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 외 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricDashboard</name>
    <message>
        <source>15 m</source>
        <translation>15분</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1시간</translation>
    </message>
    <message>
        <source>6 h</source>
        <translation>6시간</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24시간</translation>
    </message>
    <message>
        <source>Show the last %1 (key %2)</source>
        <translation>최근 %1 표시(%2 키)</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● 실시간</translation>
    </message>
    <message>
        <source>Follow the newest data (L or End). Drag or scroll a chart to look back; + and - zoom, ← and → pan.</source>
        <translation>최신 데이터를 따라갑니다(L 또는 End). 차트를 드래그하거나 스크롤하면 지난 데이터를 볼 수 있습니다. + 및 - 키로 확대/축소, ← 및 → 키로 이동합니다.</translation>
    </message>
    <message>
        <source>No dashboard profile is loaded. Open one with Metrics → Open dashboard profile…</source>
        <translation>불러온 대시보드 프로필이 없습니다. 메트릭 → 대시보드 프로필 열기…에서 여세요.</translation>
    </message>
    <message>
        <source>● Incident window</source>
        <translation>● 인시던트 기간</translation>
    </message>
    <message>
        <source>Back to the incident&apos;s own time window (L or End). Drag or scroll a chart to look around; + and - zoom, ← and → pan.</source>
        <translation>인시던트 자체 기간으로 돌아갑니다(L 또는 End). 차트를 드래그하거나 스크롤해 둘러보고, +와 -로 확대/축소, ←와 →로 이동합니다.</translation>
    </message>
</context>
<context>
    <name>MetricStateInfo</name>
    <message>
        <source>normal</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>위험</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>데이터 없음</translation>
    </message>
</context>
<context>
    <name>NetworkWorker</name>
    <message>
        <source>it waited for a free connection until its deadline</source>
        <translation>제한 시간까지 사용 가능한 연결을 기다렸습니다</translation>
    </message>
</context>
<context>
    <name>NoteBar</name>
    <message>
        <source>Add a note to the timeline (Ctrl+N from anywhere), Enter to record</source>
        <translation>타임라인에 메모 추가(어디서나 Ctrl+N), Enter 키로 기록</translation>
    </message>
    <message>
        <source>Record note</source>
        <translation>메모 기록</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The outbox %1 cannot be read (%2): events recorded while the server was unreachable wait in it. Check the file&apos;s permissions.</source>
        <translation>보낼 편지함 %1을(를) 읽을 수 없습니다 (%2): 서버에 연결할 수 없던 동안 기록한 이벤트가 그 안에서 대기 중입니다. 파일 권한을 확인하세요.</translation>
    </message>
    <message>
        <source>The server is unreachable and the outbox %1 cannot be written (%2), so nothing was recorded. Free some disk space or check the folder&apos;s permissions.</source>
        <translation>서버에 연결할 수 없고 보낼 편지함 %1에도 쓸 수 없어 (%2) 아무것도 기록되지 않았습니다. 디스크 공간을 확보하거나 폴더 권한을 확인하세요.</translation>
    </message>
    <message>
        <source>The outbox %1 cannot be rewritten (%2).</source>
        <translation>보낼 편지함 %1을(를) 다시 쓸 수 없습니다 (%2).</translation>
    </message>
</context>
<context>
    <name>PostmortemEditor</name>
    <message>
        <source>What happened, to whom, for how long, in one sentence</source>
        <translation>무슨 일이 누구에게 얼마나 오래 일어났는지 한 문장으로</translation>
    </message>
    <message>
        <source>One-line summary</source>
        <translation>한 줄 요약</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>영향</translation>
    </message>
    <message>
        <source>Users, endpoints, business; how much and for how long</source>
        <translation>사용자, 엔드포인트, 비즈니스: 영향 규모와 지속 시간</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>감지</translation>
    </message>
    <message>
        <source>Alerts, dashboards, people; time to detect</source>
        <translation>알림, 대시보드, 사람: 감지 소요 시간</translation>
    </message>
    <message>
        <source>5 Whys</source>
        <translation>5 Whys</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>왜?</translation>
    </message>
    <message>
        <source>Because</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>근본 원인</translation>
    </message>
    <message>
        <source>The cause that, once removed, prevents a recurrence</source>
        <translation>제거하면 재발을 막을 수 있는 원인</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>기여 요인</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>요인</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Mitigation and recovery</source>
        <translation>완화 및 복구</translation>
    </message>
    <message>
        <source>The steps that stopped the impact, with times</source>
        <translation>영향을 멈춘 조치와 각 시각</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>후속 조치 항목</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>후속 조치 항목</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>잘된 점</translation>
    </message>
    <message>
        <source>One lesson per line</source>
        <translation>교훈을 한 줄에 하나씩</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>문제점</translation>
    </message>
    <message>
        <source>Where we got lucky</source>
        <translation>운이 좋았던 점</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>행 추가</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>행 삭제</translation>
    </message>
    <message>
        <source>Add write-up</source>
        <translation>시나리오 기록 추가</translation>
    </message>
    <message>
        <source>Scenario write-ups</source>
        <translation>시나리오 기록</translation>
    </message>
    <message>
        <source>Remove this write-up</source>
        <translation>이 시나리오 기록 삭제</translation>
    </message>
</context>
<context>
    <name>PostmortemExport</name>
    <message>
        <source>Could not write the post-mortem to %1: %2. Any earlier file there is unchanged. Choose a folder you can write to.</source>
        <translation>포스트모템을 %1에 저장할 수 없습니다: %2. 기존 파일은 변경되지 않았습니다. 쓰기 권한이 있는 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>Incident started: %1</source>
        <translation>인시던트 시작: %1</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>감지</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the charts. Choose a folder you can write to.</source>
        <translation>차트를 저장할 폴더 %1을(를) 만들 수 없습니다. 쓰기 권한이 있는 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>Could not write the chart %1. Choose a folder you can write to.</source>
        <translation>차트 %1을(를) 저장할 수 없습니다. 쓰기 권한이 있는 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>%1 is the incident store itself. Choose another file name.</source>
        <translation>%1은(는) 인시던트 저장소 자체입니다. 다른 파일 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, device or pipe) and is left as it is. Choose a file name.</source>
        <translation>%1은(는) 일반 파일이 아니므로(폴더, 장치 또는 파이프) 그대로 둡니다. 파일 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>%1 is not a folder, so the charts cannot go there. Choose another file name.</source>
        <translation>%1은(는) 폴더가 아니어서 차트를 저장할 수 없습니다. 다른 파일 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database (an incident store?) and is left as it is. Choose another file name.</source>
        <translation>%1은(는) SQLite 데이터베이스(인시던트 저장소?)이므로 그대로 둡니다. 다른 파일 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>%1 is a link; the charts are written only as files of their own. Remove it or choose another file name.</source>
        <translation>%1은(는) 링크입니다. 차트는 별도의 파일로만 저장됩니다. 링크를 지우거나 다른 파일 이름을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>PostmortemExporter</name>
    <message>
        <source>The post-mortem was not exported: another incident was opened meanwhile.</source>
        <translation>포스트모템을 내보내지 않았습니다. 그 사이에 다른 인시던트가 열렸습니다.</translation>
    </message>
</context>
<context>
    <name>PostmortemWriter</name>
    <message>
        <source>To be written:</source>
        <translation>작성 필요:</translation>
    </message>
    <message>
        <source>One-line summary:</source>
        <translation>한 줄 요약:</translation>
    </message>
    <message>
        <source>what happened, to whom, for how long, in one sentence.</source>
        <translation>무슨 일이 누구에게 얼마나 오래 일어났는지 한 문장으로.</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>메타데이터</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Commander</source>
        <translation>커맨더</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작 시각</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>감지 시각</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>완화 시각</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>해결 시각</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>지속 시간</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>감지 소요 시간</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>완화 소요 시간</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>no events were recorded.</source>
        <translation>기록된 이벤트가 없습니다.</translation>
    </message>
    <message>
        <source>T+</source>
        <translation>T+</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>영향</translation>
    </message>
    <message>
        <source>who and what was affected (users, endpoints, business), how much and for how long.</source>
        <translation>누구와 무엇이 영향을 받았는지(사용자, 엔드포인트, 비즈니스), 규모와 지속 시간.</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>감지</translation>
    </message>
    <message>
        <source>how the incident was noticed (alerts, dashboards, people) and how long it took.</source>
        <translation>인시던트를 어떻게 알아차렸는지(알림, 대시보드, 사람)와 감지까지 걸린 시간.</translation>
    </message>
    <message>
        <source>Alerts recorded</source>
        <translation>기록된 알림</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>근본 원인</translation>
    </message>
    <message>
        <source>5 Whys</source>
        <translation>5 Whys</translation>
    </message>
    <message>
        <source>ask why five times, each answer leading to the next question.</source>
        <translation>&apos;왜?&apos;를 다섯 번 묻고, 각 답을 다음 질문으로 이어 갑니다.</translation>
    </message>
    <message>
        <source>the cause that, once removed, prevents the incident from happening again.</source>
        <translation>제거하면 인시던트 재발을 막을 수 있는 원인.</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>기여 요인</translation>
    </message>
    <message>
        <source>conditions that made the incident worse or more likely.</source>
        <translation>인시던트를 악화시켰거나 발생 가능성을 높인 조건.</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>요인</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Mitigation and recovery</source>
        <translation>완화 및 복구</translation>
    </message>
    <message>
        <source>the steps that stopped the impact and restored service, with their times.</source>
        <translation>영향을 멈추고 서비스를 복구한 조치와 각 시각.</translation>
    </message>
    <message>
        <source>Actions recorded</source>
        <translation>기록된 조치</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>후속 조치 항목</translation>
    </message>
    <message>
        <source>follow-up work with an owner, a priority (P0-P3), a due date and a status.</source>
        <translation>담당자, 우선순위(P0-P3), 기한, 상태를 정한 후속 작업.</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>후속 조치 항목</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>교훈</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>잘된 점</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>문제점</translation>
    </message>
    <message>
        <source>Where we got lucky</source>
        <translation>운이 좋았던 점</translation>
    </message>
    <message>
        <source>one lesson per line.</source>
        <translation>교훈을 한 줄에 하나씩.</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>메트릭</translation>
    </message>
    <message>
        <source>(full text in the timeline)</source>
        <translation>(전체 내용은 타임라인 참고)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>(full text below)</source>
        <translation>(전체 내용은 아래 참고)</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>To</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>끝까지</translation>
    </message>
</context>
<context>
    <name>PowerShellCommand</name>
    <message>
        <source>the single quote opened in this command is never closed</source>
        <translation>이 명령에서 연 작은따옴표가 닫히지 않습니다</translation>
    </message>
    <message>
        <source>the double quote opened in this command is never closed</source>
        <translation>이 명령에서 연 큰따옴표가 닫히지 않습니다</translation>
    </message>
    <message>
        <source>the @{ opened in this command is never closed</source>
        <translation>이 명령에서 연 @{가 닫히지 않습니다</translation>
    </message>
    <message>
        <source>the quote opened in this command is never closed</source>
        <translation>이 명령에서 연 따옴표가 닫히지 않습니다</translation>
    </message>
    <message>
        <source>the @{ or ( opened in this command is never closed</source>
        <translation>이 명령에서 연 @{ 또는 (가 닫히지 않습니다</translation>
    </message>
    <message>
        <source>not an Invoke-RestMethod or Invoke-WebRequest command</source>
        <translation>Invoke-RestMethod나 Invoke-WebRequest 명령이 아닙니다</translation>
    </message>
    <message>
        <source>%1 is %2, which the console cannot know; it sends only what is written out</source>
        <translation>%1은(는) %2이며, 콘솔은 그 값을 알 수 없습니다. 콘솔은 그대로 적힌 것만 보냅니다</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>테이블</translation>
    </message>
    <message>
        <source>a second URL %1</source>
        <translation>두 번째 URL %1</translation>
    </message>
    <message>
        <source>the URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>-Uri needs a value</source>
        <translation>-Uri에 값이 필요합니다</translation>
    </message>
    <message>
        <source>-Method needs a value</source>
        <translation>-Method에 값이 필요합니다</translation>
    </message>
    <message>
        <source>-Headers is not a literal @{ ... } table, which the console cannot know</source>
        <translation>-Headers가 그대로 적힌 @{ ... } 테이블이 아니어서 콘솔은 그 값을 알 수 없습니다</translation>
    </message>
    <message>
        <source>the header %1</source>
        <translation>헤더 %1</translation>
    </message>
    <message>
        <source>-Body needs a value</source>
        <translation>-Body에 값이 필요합니다</translation>
    </message>
    <message>
        <source>-ContentType needs a value</source>
        <translation>-ContentType에 값이 필요합니다</translation>
    </message>
    <message>
        <source>%1 reads or writes a local file, which the console never does</source>
        <translation>%1은(는) 로컬 파일을 읽거나 씁니다. 콘솔은 절대 그렇게 하지 않습니다</translation>
    </message>
    <message>
        <source>%1 takes credentials or a session from PowerShell, which the console cannot know</source>
        <translation>%1은(는) PowerShell의 자격 증명이나 세션을 사용합니다. 콘솔은 이를 알 수 없습니다</translation>
    </message>
    <message>
        <source>unknown parameter %1; the console does not guess what it means</source>
        <translation>알 수 없는 매개변수 %1. 콘솔은 그 의미를 추측하지 않습니다</translation>
    </message>
    <message>
        <source>&quot;| %1&quot; after the request is not applied</source>
        <translation>요청 뒤의 &quot;| %1&quot;은(는) 적용되지 않습니다</translation>
    </message>
    <message>
        <source>a -Body without -Method is sent by PowerShell as a query string; write the -Method it needs</source>
        <translation>-Method 없는 -Body는 PowerShell이 쿼리 문자열로 보냅니다. 필요한 -Method를 적으세요</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>-Headers holds &quot;%1&quot;, which is not Name = &apos;value&apos;; the console sends only what is written out</source>
        <translation>-Headers에 Name = &apos;value&apos; 형식이 아닌 &quot;%1&quot;이(가) 있습니다. 콘솔은 그대로 적힌 것만 보냅니다</translation>
    </message>
    <message>
        <source>-UserAgent needs a value</source>
        <translation>-UserAgent에 값이 필요합니다</translation>
    </message>
</context>
<context>
    <name>PromResponseText</name>
    <message>
        <source>Prometheus rejected the query</source>
        <translation>Prometheus가 쿼리를 거부했습니다</translation>
    </message>
    <message>
        <source>Prometheus ran out of time evaluating the query</source>
        <translation>Prometheus가 쿼리를 평가하는 중 시간이 초과되었습니다</translation>
    </message>
    <message>
        <source>Prometheus cancelled the query</source>
        <translation>Prometheus가 쿼리를 취소했습니다</translation>
    </message>
    <message>
        <source>Prometheus failed while evaluating the query</source>
        <translation>Prometheus가 쿼리를 평가하는 중 실패했습니다</translation>
    </message>
    <message>
        <source>Prometheus is not ready to answer</source>
        <translation>Prometheus가 아직 응답할 준비가 되지 않았습니다</translation>
    </message>
    <message>
        <source>Prometheus does not know this endpoint</source>
        <translation>Prometheus에 이 엔드포인트가 없습니다</translation>
    </message>
    <message>
        <source>Prometheus hit an internal error</source>
        <translation>Prometheus에서 내부 오류가 발생했습니다</translation>
    </message>
    <message>
        <source>Prometheus reported an error</source>
        <translation>Prometheus가 오류를 보고했습니다</translation>
    </message>
    <message>
        <source>Check the panel&apos;s PromQL.</source>
        <translation>패널의 PromQL을 확인하세요.</translation>
    </message>
    <message>
        <source>Narrow the time range or simplify the query.</source>
        <translation>시간 범위를 좁히거나 쿼리를 단순화하세요.</translation>
    </message>
    <message>
        <source>It may still be starting; the panel retries on its next refresh.</source>
        <translation>아직 시작 중일 수 있습니다. 패널은 다음 새로 고침 때 다시 시도합니다.</translation>
    </message>
    <message>
        <source>Check the Prometheus URL in the dashboard profile.</source>
        <translation>대시보드 프로필의 Prometheus URL을 확인하세요.</translation>
    </message>
</context>
<context>
    <name>PrometheusClient</name>
    <message>
        <source>No series matched the query (the result is empty). Check the metric name and labels.</source>
        <translation>쿼리와 일치하는 시리즈가 없습니다(결과가 비어 있음). 메트릭 이름과 레이블을 확인하세요.</translation>
    </message>
    <message>
        <source>Prometheus at %1: the connection broke the HTTP chunked encoding, so the answer is incomplete (%2). Try again; if it keeps happening, check the proxy or load balancer in between.</source>
        <translation>Prometheus %1: 연결이 HTTP 청크 인코딩을 깨뜨려 응답이 불완전합니다(%2). 다시 시도하고, 계속되면 중간의 프록시나 로드 밸런서를 확인하세요.</translation>
    </message>
    <message>
        <source>Prometheus at %1 answered with an empty body (HTTP %2). Check that the URL points at Prometheus itself and not at a proxy or a health check.</source>
        <translation>Prometheus %1이(가) 빈 본문으로 응답했습니다(HTTP %2). URL이 프록시나 헬스 체크가 아닌 Prometheus 자체를 가리키는지 확인하세요.</translation>
    </message>
</context>
<context>
    <name>PrometheusDecoder</name>
    <message>
        <source>the server answered with an HTML page instead of Prometheus JSON (a proxy&apos;s error page?)</source>
        <translation>서버가 Prometheus JSON 대신 HTML 페이지로 응답했습니다(프록시 오류 페이지일 수 있음)</translation>
    </message>
    <message>
        <source>the JSON ends early: the answer looks truncated (%1)</source>
        <translation>JSON이 중간에 끝납니다. 응답이 잘린 것 같습니다(%1)</translation>
    </message>
    <message>
        <source>not valid Prometheus JSON (%1)</source>
        <translation>올바른 Prometheus JSON이 아닙니다(%1)</translation>
    </message>
    <message>
        <source>the JSON has no &quot;status&quot;; this does not look like a Prometheus API answer</source>
        <translation>JSON에 &quot;status&quot;가 없습니다. Prometheus API 응답이 아닌 것 같습니다</translation>
    </message>
    <message>
        <source>the sample value &quot;%1&quot; is not a number</source>
        <translation>샘플 값 &quot;%1&quot;이(가) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>&apos;data&apos; is %1, expected an object with &apos;resultType&apos; and &apos;result&apos;</source>
        <translation>&apos;data&apos;가 %1입니다. &apos;resultType&apos;과 &apos;result&apos;가 있는 객체여야 합니다</translation>
    </message>
    <message>
        <source>&apos;data&apos; has no &apos;resultType&apos;</source>
        <translation>&apos;data&apos;에 &apos;resultType&apos;이 없습니다</translation>
    </message>
    <message>
        <source>the resultType &apos;string&apos; is not a series; use a query that returns numbers (a range query returns a matrix)</source>
        <translation>resultType &apos;string&apos;은 시계열이 아닙니다. 숫자를 돌려주는 쿼리를 사용하세요(범위 쿼리는 matrix를 돌려줍니다)</translation>
    </message>
    <message>
        <source>the resultType &apos;%1&apos; is unknown; expected matrix, vector or scalar</source>
        <translation>resultType &apos;%1&apos;을(를) 알 수 없습니다. matrix, vector 또는 scalar여야 합니다</translation>
    </message>
    <message>
        <source>&apos;data&apos; has no &apos;result&apos;</source>
        <translation>&apos;data&apos;에 &apos;result&apos;가 없습니다</translation>
    </message>
    <message>
        <source>&apos;result&apos; is %1, expected a list of series</source>
        <translation>&apos;result&apos;가 %1입니다. 시계열 목록이어야 합니다</translation>
    </message>
    <message>
        <source>the answer has extra data after the JSON document (something between Prometheus and the console added to it)</source>
        <translation>응답의 JSON 문서 뒤에 추가 데이터가 있습니다(Prometheus와 콘솔 사이의 무언가가 덧붙였습니다)</translation>
    </message>
    <message>
        <source>the answer is empty; check that the URL points at Prometheus itself</source>
        <translation>응답이 비어 있습니다. URL이 Prometheus 자체를 가리키는지 확인하세요</translation>
    </message>
    <message>
        <source>the answer is %1, not a Prometheus API object</source>
        <translation>응답이 %1이며 Prometheus API 객체가 아닙니다</translation>
    </message>
    <message>
        <source>the answer says success but has no &apos;data&apos;</source>
        <translation>응답이 success라고 하지만 &apos;data&apos;가 없습니다</translation>
    </message>
    <message>
        <source>the JSON is not shaped like a Prometheus answer (%1)</source>
        <translation>JSON이 Prometheus 응답 형태가 아닙니다(%1)</translation>
    </message>
</context>
<context>
    <name>ReminderBar</name>
    <message>
        <source>Write the update (Ctrl+U)</source>
        <translation>상황 보고 작성(Ctrl+U)</translation>
    </message>
    <message>
        <source>Status update due</source>
        <translation>상황 보고 시각 도래</translation>
    </message>
</context>
<context>
    <name>ReportComposer</name>
    <message>
        <source>to fill: %1</source>
        <translation>입력 필요: %1</translation>
    </message>
    <message>
        <source>no metric data</source>
        <translation>메트릭 데이터 없음</translation>
    </message>
    <message>
        <source>none recorded yet</source>
        <translation>아직 기록 없음</translation>
    </message>
    <message>
        <source>stale since %1</source>
        <translation>%1부터 오래됨</translation>
    </message>
</context>
<context>
    <name>ReportTemplates</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>오프셋 %1에서 JSON 형식이 올바르지 않습니다: %2</translation>
    </message>
    <message>
        <source>there is no &quot;%1&quot; list</source>
        <translation>&quot;%1&quot; 목록이 없습니다</translation>
    </message>
    <message>
        <source>a report has no &quot;severity&quot; of 1, 2 or 3</source>
        <translation>&quot;severity&quot;가 1, 2 또는 3이 아닌 보고가 있습니다</translation>
    </message>
    <message>
        <source>the %1 report needs a positive &quot;cadenceMinutes&quot; and a &quot;format&quot;</source>
        <translation>%1 보고에는 양수인 &quot;cadenceMinutes&quot;와 &quot;format&quot;이 필요합니다</translation>
    </message>
    <message>
        <source>a scenario needs an &quot;id&quot; and &quot;fields&quot;</source>
        <translation>시나리오에는 &quot;id&quot;와 &quot;fields&quot;가 필요합니다</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>내부</translation>
    </message>
    <message>
        <source>an audience needs an &quot;id&quot; and a &quot;label&quot;</source>
        <translation>보고 대상에는 &quot;id&quot;와 &quot;label&quot;이 필요합니다</translation>
    </message>
    <message>
        <source>the %1 report&apos;s text for the %2 audience uses {{%3}}, which that audience never receives</source>
        <translation>%1 보고의 %2 대상 문안이 {{%3}}을(를) 사용하지만, 이 대상에게는 그 내용을 보내지 않습니다</translation>
    </message>
</context>
<context>
    <name>RunbookImporter</name>
    <message>
        <source>%1; the command is skipped</source>
        <translation>%1. 이 명령은 건너뜁니다</translation>
    </message>
    <message>
        <source>%1 is a binary file, not a Markdown runbook</source>
        <translation>%1은(는) Markdown 런북이 아니라 바이너리 파일입니다</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text; some characters are shown as �</source>
        <translation>%1은(는) 올바른 UTF-8 텍스트가 아닙니다. 일부 문자는 �로 표시됩니다</translation>
    </message>
    <message>
        <source>%1 could not be read as Markdown</source>
        <translation>%1을(를) Markdown으로 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>this %1 command is offered for copying only: %2</source>
        <translation>이 %1 명령은 복사로만 제공됩니다: %2</translation>
    </message>
    <message>
        <source>the success criterion &quot;%1&quot; is next to no HTTP action that gives a value; it is not checked</source>
        <translation>성공 기준 &quot;%1&quot; 옆에 값을 주는 HTTP 동작이 없어 확인하지 않습니다</translation>
    </message>
</context>
<context>
    <name>RunbookLibrary</name>
    <message>
        <source>The runbook %1 cannot be read: %2</source>
        <translation>런북 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The runbook %1 cannot be read: %2. Its last good version stays open.</source>
        <translation>런북 %1을(를) 읽을 수 없습니다: %2. 마지막으로 정상이던 버전을 계속 엽니다.</translation>
    </message>
</context>
<context>
    <name>RunbookLink</name>
    <message>
        <source>The alert has no runbook_url annotation. Add one to its rule, naming a runbook file or its URL.</source>
        <translation>알림에 runbook_url 어노테이션이 없습니다. 규칙에 런북 파일이나 URL을 지정해 추가하세요.</translation>
    </message>
    <message>
        <source>The runbook_url %1 names no host.</source>
        <translation>runbook_url %1에 호스트가 없습니다.</translation>
    </message>
    <message>
        <source>The runbook_url %1 uses %2:, which the console does not open; give a file or an http(s) URL.</source>
        <translation>runbook_url %1은(는) %2:를 사용하며 콘솔은 이를 열지 않습니다. 파일이나 http(s) URL을 지정하세요.</translation>
    </message>
    <message>
        <source>The runbook %1 named by the alert&apos;s runbook_url is not there (looked in %2). Put the file in the runbook folder, or give its full path or URL.</source>
        <translation>알림의 runbook_url이 가리키는 런북 %1이(가) 없습니다(찾은 곳: %2). 파일을 런북 폴더에 두거나 전체 경로나 URL을 지정하세요.</translation>
    </message>
    <message>
        <source>it is a web page, not Markdown; point runbook_url at the raw Markdown file</source>
        <translation>Markdown이 아닌 웹 페이지입니다. runbook_url이 원본 Markdown 파일을 가리키게 하세요</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>응답이 비어 있습니다</translation>
    </message>
</context>
<context>
    <name>RunbookPanel</name>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>How long an action may take before it ends as a timeout</source>
        <translation>액션이 시간 초과로 끝나기 전까지 허용되는 시간</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Timeout per action:</source>
        <translation>액션별 시간 초과:</translation>
    </message>
    <message>
        <source>No runbook open: pick one on the left or use Incident → Open runbook…</source>
        <translation>열린 런북이 없습니다. 왼쪽에서 런북을 선택하거나 인시던트 → 런북 열기…를 사용하세요.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, %2번째 줄: %3</translation>
    </message>
    <message>
        <source>Run %1…</source>
        <translation>%1 실행…</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>%1 실행</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy the command to run it yourself; the console never runs it</source>
        <translation>명령을 복사해 직접 실행하세요. 콘솔은 이 명령을 실행하지 않습니다</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>running… %1 s</source>
        <translation>실행 중… %1초</translation>
    </message>
    <message>
        <source>set in the environment</source>
        <translation>환경 변수에 설정됨</translation>
    </message>
    <message>
        <source>given for this session</source>
        <translation>이번 세션에 입력됨</translation>
    </message>
    <message>
        <source>NOT SET</source>
        <translation>설정 안 됨</translation>
    </message>
    <message>
        <source>Select a step to read its request and its whole result here.</source>
        <translation>단계를 선택하면 요청과 전체 결과를 여기에서 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Values…</source>
        <translation>값…</translation>
    </message>
    <message>
        <source>Give values for this session only: kept in memory, never stored or logged</source>
        <translation>이번 세션에서만 쓸 값을 입력합니다. 메모리에만 보관되며 저장하거나 로그에 남기지 않습니다</translation>
    </message>
    <message>
        <source>$%1 %2</source>
        <translation>$%1 %2</translation>
    </message>
    <message>
        <source>Needs %1</source>
        <translation>필요: %1</translation>
    </message>
    <message>
        <source>Give a value (Values…), or Run asks for it: %1</source>
        <translation>값을 입력하거나(값…) 실행 시 입력하세요: %1</translation>
    </message>
    <message>
        <source>$%1: %2</source>
        <translation>$%1: %2</translation>
    </message>
    <message>
        <source>Copy the command to run it yourself. The console does not send this request: %1</source>
        <translation>명령을 복사해 직접 실행하세요. 콘솔은 이 요청을 보내지 않습니다: %1</translation>
    </message>
    <message>
        <source>Not sent by the console: %1</source>
        <translation>콘솔이 보내지 않음: %1</translation>
    </message>
    <message>
        <source>%1 · success when %2</source>
        <translation>%1 · 성공 기준 %2</translation>
    </message>
</context>
<context>
    <name>RunbookProgress</name>
    <message>
        <source>Runbook %1</source>
        <translation>런북 %1</translation>
    </message>
</context>
<context>
    <name>RunbookReport</name>
    <message>
        <source>%1: %2 sections, %3 checklist items, %4 HTTP actions, %5 copy commands</source>
        <translation>%1: 섹션 %2개, 체크리스트 항목 %3개, HTTP 액션 %4개, 복사 명령 %5개</translation>
    </message>
    <message>
        <source>HTTP:</source>
        <translation>HTTP:</translation>
    </message>
    <message>
        <source>success:</source>
        <translation>성공 조건:</translation>
    </message>
    <message>
        <source>needs:</source>
        <translation>필요한 환경 변수:</translation>
    </message>
    <message>
        <source>copy:</source>
        <translation>복사:</translation>
    </message>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>경고</translation>
    </message>
</context>
<context>
    <name>RunbookRules</name>
    <message>
        <source>The URL %1 is not an http or https URL; the console sends only HTTP requests.</source>
        <translation>URL %1은(는) http나 https URL이 아닙니다. 콘솔은 HTTP 요청만 보냅니다.</translation>
    </message>
    <message>
        <source>The URL %1 is not valid.</source>
        <translation>URL %1이(가) 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>this request would be refused when run, so it is offered for copying only: %1</source>
        <translation>이 요청은 실행하면 거부되므로 복사용으로만 제공됩니다: %1</translation>
    </message>
</context>
<context>
    <name>RunbookRuns</name>
    <message>
        <source>No network layer in this console.</source>
        <translation>이 콘솔에는 네트워크 계층이 없습니다.</translation>
    </message>
    <message>
        <source>not sent: cancelled before sending</source>
        <translation>보내지 않음: 보내기 전에 취소됨</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>거부됨: %1</translation>
    </message>
    <message>
        <source>%1 — %2 (runbook «%3»)</source>
        <translation>%1 — %2 (런북 «%3»)</translation>
    </message>
</context>
<context>
    <name>RunbooksTab</name>
    <message>
        <source>Shipped samples and the runbooks in %1</source>
        <translation>기본 제공 샘플과 %1에 있는 런북</translation>
    </message>
    <message>
        <source>Sample shipped with the console</source>
        <translation>콘솔에 기본 제공되는 샘플</translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation>%1 (읽을 수 없음)</translation>
    </message>
    <message>
        <source>Runbook «%1»: done: %2</source>
        <translation>런북 «%1»: 완료: %2</translation>
    </message>
    <message>
        <source>Runbook «%1»: reopened: %2</source>
        <translation>런북 «%1»: 완료 취소: %2</translation>
    </message>
    <message>
        <source>Declare or open an incident first: runbook steps are recorded in its timeline.</source>
        <translation>먼저 인시던트를 선언하거나 여세요. 런북 단계는 인시던트 타임라인에 기록됩니다.</translation>
    </message>
    <message>
        <source>The runbook %1 cannot be fetched: this console has no network layer.</source>
        <translation>런북 %1을(를) 가져올 수 없습니다: 이 콘솔에는 네트워크 계층이 없습니다.</translation>
    </message>
    <message>
        <source>The runbook %1 could not be fetched: %2</source>
        <translation>런북 %1을(를) 가져오지 못했습니다: %2</translation>
    </message>
    <message>
        <source>The runbook %1 cannot be opened: %2.</source>
        <translation>런북 %1을(를) 열 수 없습니다: %2.</translation>
    </message>
</context>
<context>
    <name>SeatRole</name>
    <message>
        <source>Incident commander</source>
        <translation>인시던트 지휘관</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>부지휘관</translation>
    </message>
    <message>
        <source>Scribe</source>
        <translation>기록 담당</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>커뮤니케이션</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>참관자</translation>
    </message>
    <message>
        <source>War-room wall</source>
        <translation>워룸 화면</translation>
    </message>
</context>
<context>
    <name>SeverityInfo</name>
    <message>
        <source>Full outage or critical risk to data integrity</source>
        <translation>전체 장애 또는 치명적 데이터 무결성 위험</translation>
    </message>
    <message>
        <source>Major performance degradation affecting core functions</source>
        <translation>핵심 기능에 영향을 주는 중대 성능 저하</translation>
    </message>
    <message>
        <source>Partial failure with a workaround</source>
        <translation>우회 가능한 부분 장애</translation>
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <source>the block that starts here is never closed</source>
        <translation>여기서 시작하는 블록이 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>unterminated single quote</source>
        <translation>작은따옴표가 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>unterminated double quote</source>
        <translation>큰따옴표가 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>unclosed $( … ): a command substitution opened in this command is never closed</source>
        <translation>닫히지 않은 $( … ): 이 명령에서 연 명령 치환이 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>the single quote opened in this command is never closed</source>
        <translation>이 명령에서 연 작은따옴표가 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>the double quote opened in this command is never closed</source>
        <translation>이 명령에서 연 큰따옴표가 닫히지 않았습니다</translation>
    </message>
</context>
<context>
    <name>SilenceDialog</name>
    <message>
        <source>Silence %1</source>
        <translation>%1 사일런스</translation>
    </message>
    <message>
        <source>Alertmanager will stop notifying for every alert that matches all of these labels:</source>
        <translation>Alertmanager가 다음 레이블에 모두 맞는 알림의 통지를 멈춥니다:</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15분</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30분</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1시간</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2시간</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4시간</translation>
    </message>
    <message>
        <source>8 hours</source>
        <translation>8시간</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24시간</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>기간:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>코멘트:</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>사일런스</translation>
    </message>
</context>
<context>
    <name>StatusAsOfDialog</name>
    <message>
        <source>Status as of a moment</source>
        <translation>특정 시각 기준 상태</translation>
    </message>
    <message>
        <source>The moment it happened</source>
        <translation>발생 시각</translation>
    </message>
    <message>
        <source>Name the moment the status became true, e.g. when the rollback finished and the impact stopped. Time to mitigate and time to resolve are measured from these moments.</source>
        <translation>상태가 실제로 바뀐 시각을 지정하세요. 예: 롤백이 끝나 영향이 멈춘 시각. 완화 소요 시간과 해결 소요 시간은 이 시각으로 계산합니다.</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>상태(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>기준 시각(&amp;A):</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>before the incident started (%1)</source>
        <translation>인시던트 시작 전(%1)</translation>
    </message>
    <message>
        <source>%1 since the start</source>
        <translation>시작 후 %1</translation>
    </message>
</context>
<context>
    <name>StatusUpdateComposer</name>
    <message>
        <source>Refill from the template</source>
        <translation>템플릿으로 다시 채우기</translation>
    </message>
    <message>
        <source>Publish update</source>
        <translation>상황 보고 게시</translation>
    </message>
    <message>
        <source>Status update text</source>
        <translation>상황 보고 내용</translation>
    </message>
    <message>
        <source>Record the update in the timeline (Ctrl+Return); the next one is then due after the SEV&apos;s cadence</source>
        <translation>상황 보고를 타임라인에 기록합니다(Ctrl+Return). 다음 보고 시각은 SEV 보고 주기가 지난 뒤 도래합니다</translation>
    </message>
    <message>
        <source>%1 status update — every %2 minutes. Fill what the template asks; the rest comes from the incident.</source>
        <translation>%1 상황 보고 — %2분마다. 템플릿에서 요구하는 항목을 채우세요. 나머지는 인시던트 정보로 채워집니다.</translation>
    </message>
    <message>
        <source>Also post to %1</source>
        <translation>%1에도 게시</translation>
    </message>
    <message>
        <source>No webhook configured</source>
        <translation>설정된 웹훅 없음</translation>
    </message>
    <message>
        <source>Set the webhook URL in the environment variable IC_STATUS_WEBHOOK_URL or the settings key webhookUrl</source>
        <translation>환경 변수 IC_STATUS_WEBHOOK_URL 또는 설정 키 webhookUrl에 웹훅 URL을 지정하세요</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>보고 대상</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>보고 대상(&amp;A):</translation>
    </message>
    <message>
        <source>This update goes to %1 but contains raw request details: %2. Remove them before publishing.</source>
        <translation>이 보고는 %1에게 전달되지만 요청 세부 정보가 들어 있습니다: %2. 게시하기 전에 지우세요.</translation>
    </message>
</context>
<context>
    <name>StatusUpdates</name>
    <message>
        <source>Recorded in the timeline at %1.</source>
        <translation>타임라인에 기록했습니다(%1).</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>The store URL %1 cannot be used: %2. Write it as postgresql://user@host:5432/database (the password from PGPASSWORD or ~/.pgpass).</source>
        <translation>저장소 URL %1을(를) 사용할 수 없습니다: %2. postgresql://user@host:5432/database 형식으로 쓰세요 (비밀번호는 PGPASSWORD 또는 ~/.pgpass에서).</translation>
    </message>
    <message>
        <source>it is not a valid URL</source>
        <translation>올바른 URL이 아닙니다</translation>
    </message>
    <message>
        <source>it names no host</source>
        <translation>호스트가 없습니다</translation>
    </message>
    <message>
        <source>it names no database after the host</source>
        <translation>호스트 뒤에 데이터베이스 이름이 없습니다</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; is not one the console passes on (%2)</source>
        <translation>옵션 &quot;%1&quot;은(는) 콘솔이 전달하는 옵션이 아닙니다 (%2)</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>T+</source>
        <translation>T+</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message numerus="yes">
        <source>Edited %n time(s). Earlier versions, oldest first:</source>
        <translation>
            <numerusform>%n번 수정됨. 이전 버전(오래된 순):</numerusform>
        </translation>
    </message>
    <message>
        <source>(the earlier versions could not be read)</source>
        <translation>(이전 버전을 읽을 수 없습니다)</translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation>%1 님이 수정</translation>
    </message>
    <message>
        <source>%1 (waiting to be sent)</source>
        <translation>%1 (전송 대기 중)</translation>
    </message>
    <message>
        <source>(reading the earlier versions…)</source>
        <translation>(이전 버전을 읽는 중…)</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>표시:</translation>
    </message>
    <message>
        <source>Edit event…</source>
        <translation>이벤트 편집…</translation>
    </message>
    <message>
        <source>%1 events are shown; click to hide them</source>
        <translation>%1 이벤트가 표시됩니다. 클릭하면 숨깁니다</translation>
    </message>
    <message>
        <source>%1 events are hidden; click to show them</source>
        <translation>%1 이벤트가 숨겨져 있습니다. 클릭하면 표시합니다</translation>
    </message>
    <message>
        <source>Search the timeline (Ctrl+F)</source>
        <translation>타임라인 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>타임라인 검색</translation>
    </message>
    <message>
        <source>The chosen event, whole</source>
        <translation>선택한 이벤트 전체</translation>
    </message>
    <message>
        <source>Choose an event to read all of it and its earlier versions.</source>
        <translation>이벤트를 선택하면 전체 내용과 이전 버전을 볼 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>이벤트 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>이벤트 %n개 중 %1개</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the alert&apos;s runbook</source>
        <translation>알림의 런북 열기</translation>
    </message>
    <message>
        <source>Opens the runbook its rule names in runbook_url</source>
        <translation>규칙의 runbook_url이 지정한 런북을 엽니다</translation>
    </message>
</context>
<context>
    <name>UpdateCadence</name>
    <message>
        <source>No updates due</source>
        <translation>예정된 상황 보고 없음</translation>
    </message>
    <message>
        <source>Next update in %1</source>
        <translation>다음 상황 보고까지 %1</translation>
    </message>
    <message>
        <source>Update overdue by %1</source>
        <translation>보고 지연 %1</translation>
    </message>
</context>
<context>
    <name>UpdateReminder</name>
    <message>
        <source>%1: a status update is due (%2: every %3 minutes).</source>
        <translation>%1: 상황 보고 시각입니다(%2: %3분마다).</translation>
    </message>
    <message>
        <source>%1. %2 expects an update every %3 minutes.</source>
        <translation>%1. %2의 보고 주기는 %3분입니다.</translation>
    </message>
    <message>
        <source>%1: a whole update cycle was missed. Tell people where things stand.</source>
        <translation>%1: 보고 주기 한 번을 통째로 놓쳤습니다. 지금 상황을 공유하세요.</translation>
    </message>
</context>
<context>
    <name>WallList</name>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n개 더</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallView</name>
    <message>
        <source>Incident Console — war room</source>
        <translation>Incident Console — 워룸</translation>
    </message>
    <message>
        <source>Read-only wall view · Esc leaves</source>
        <translation>읽기 전용 월 뷰 · Esc 키로 나가기</translation>
    </message>
    <message>
        <source>No incident open</source>
        <translation>열린 인시던트 없음</translation>
    </message>
    <message>
        <source>No status updates due</source>
        <translation>예정된 상황 보고 없음</translation>
    </message>
    <message>
        <source>Status update OVERDUE by</source>
        <translation>상황 보고 지연 시간</translation>
    </message>
    <message>
        <source>Next status update in</source>
        <translation>다음 상황 보고까지</translation>
    </message>
    <message>
        <source>NO DATA</source>
        <translation>데이터 없음</translation>
    </message>
    <message>
        <source>STALE SINCE %1</source>
        <translation>%1부터 오래됨</translation>
    </message>
    <message>
        <source>Incident commander</source>
        <translation>인시던트 커맨더</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>지정 안 됨</translation>
    </message>
    <message>
        <source>No alerts firing</source>
        <translation>발생 중인 알림 없음</translation>
    </message>
    <message>
        <source>Connection to the shared store lost since %1 — what is shown may be out of date</source>
        <translation>%1부터 공유 저장소 연결 끊김 — 표시된 내용이 최신이 아닐 수 있습니다</translation>
    </message>
</context>
<context>
    <name>WebhookPoster</name>
    <message>
        <source>Posted to the webhook at %1.</source>
        <translation>%1 웹훅에 게시했습니다.</translation>
    </message>
    <message>
        <source>The webhook at %1 refused the update: HTTP %2%3. The update is recorded in the timeline; check the webhook URL in the settings or %4.</source>
        <translation>%1 웹훅이 상황 보고를 거부했습니다: HTTP %2%3. 상황 보고는 타임라인에 기록되었습니다. 설정 또는 %4의 웹훅 URL을 확인하세요.</translation>
    </message>
    <message>
        <source>The webhook at %1 did not answer within %2 s. The update is recorded in the timeline; post it by hand if it matters.</source>
        <translation>%1 웹훅이 %2초 안에 응답하지 않았습니다. 상황 보고는 타임라인에 기록되었습니다. 필요하면 직접 게시하세요.</translation>
    </message>
    <message>
        <source>The update could not be posted to the webhook at %1 (%2). It is recorded in the timeline.</source>
        <translation>%1 웹훅에 상황 보고를 게시하지 못했습니다(%2). 타임라인에는 기록되었습니다.</translation>
    </message>
</context>
<context>
    <name>WgetCommand</name>
    <message>
        <source>%1 writes the answer to the file %2; the console shows answers, it writes no files</source>
        <translation>%1은(는) 응답을 파일 %2에 씁니다. 콘솔은 응답을 보여줄 뿐 파일을 쓰지 않습니다</translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; has no name</source>
        <translation>헤더 &quot;%1&quot;에 이름이 없습니다</translation>
    </message>
    <message>
        <source>%1 is not applied: the console sends the request once</source>
        <translation>%1은(는) 적용되지 않습니다: 콘솔은 요청을 한 번만 보냅니다</translation>
    </message>
    <message>
        <source>%1 reads the local file %2, which the console never does</source>
        <translation>%1은(는) 로컬 파일 %2을(를) 읽습니다. 콘솔은 절대 그렇게 하지 않습니다</translation>
    </message>
    <message>
        <source>%1 writes a local file, which the console never does</source>
        <translation>%1은(는) 로컬 파일을 씁니다. 콘솔은 절대 그렇게 하지 않습니다</translation>
    </message>
    <message>
        <source>unknown option %1; the console does not guess what it means</source>
        <translation>알 수 없는 옵션 %1. 콘솔은 그 의미를 추측하지 않습니다</translation>
    </message>
    <message>
        <source>a second URL %1</source>
        <translation>두 번째 URL %1</translation>
    </message>
    <message>
        <source>without -O- wget saves the answer to a file; the console shows answers, it writes no files</source>
        <translation>-O- 없이 wget은 응답을 파일로 저장합니다. 콘솔은 응답을 보여줄 뿐 파일을 쓰지 않습니다</translation>
    </message>
</context>
</TS>
