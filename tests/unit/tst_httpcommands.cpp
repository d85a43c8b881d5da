#include "FencedBlock.h"
#include "HttpCommand.h"

#include <QTest>

using Dialect = HttpCommand::Dialect;
using Headers = QList<QPair<QString, QString>>;

// Every way a runbook writes an HTTP request (curl, curl.exe, wget, HTTPie, Invoke-RestMethod) and
// how a fenced block is read by what it holds.
class TestHttpCommands final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsRequests_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("dialect");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("variables");
        const int sh = int(Dialect::Shell);
        const int ps = int(Dialect::PowerShell);
        const int cmd = int(Dialect::Cmd);
        const Headers none;
        const Headers form{{"Content-Type", "application/x-www-form-urlencoded"}};
        const Headers httpieJson{{"Content-Type", "application/json"}, {"Accept", "application/json, */*;q=0.5"}};
        QTest::newRow("wget -qO-") << "wget -qO- http://h:9090/-/ready" << sh << "GET" << "http://h:9090/-/ready" << none << "" << QStringList();
        QTest::newRow("wget -O -") << "wget -q -O - h/x" << sh << "GET" << "http://h/x" << none << "" << QStringList();
        QTest::newRow("wget --output-document=-") << "wget --output-document=- --header='X-Key: $KEY' http://h/x" << sh << "GET"
                                                  << "http://h/x" << Headers{{"X-Key", "$$KEY"}} << "" << QStringList();
        QTest::newRow("wget POST") << "wget -qO- --post-data 'a=1' --header \"Authorization: Bearer $T\" http://h/x" << sh << "POST"
                                   << "http://h/x" << Headers{{"Authorization", "Bearer ${T}"}, {"Content-Type", "application/x-www-form-urlencoded"}}
                                   << "a=1" << QStringList{"T"};
        QTest::newRow("httpie GET") << "http GET localhost:8080/health" << sh << "GET" << "http://localhost:8080/health" << none << "" << QStringList();
        QTest::newRow("httpie shorthand") << "http :9090/-/ready" << sh << "GET" << "http://localhost:9090/-/ready" << none << "" << QStringList();
        QTest::newRow("https command") << "https api.corp.example/v1/flags" << sh << "GET" << "https://api.corp.example/v1/flags" << none << "" << QStringList();
        QTest::newRow("httpie query") << "http h/search q==\"a b\" limit==5" << sh << "GET" << "http://h/search?q=a%20b&limit=5" << none << "" << QStringList();
        QTest::newRow("httpie JSON body") << "http POST h/x Authorization:\"Bearer $TOKEN\" name=checkout count:=3 on:=true" << sh << "POST"
                                          << "http://h/x" << (Headers{{"Authorization", "Bearer ${TOKEN}"}} + httpieJson)
                                          << "{\"name\": \"checkout\", \"count\": 3, \"on\": true}" << QStringList{"TOKEN"};
        QTest::newRow("httpie data implies POST") << "http h/x a=1" << sh << "POST" << "http://h/x" << httpieJson << "{\"a\": \"1\"}" << QStringList();
        QTest::newRow("httpie form") << "http -f POST h/x a=1 b='x y'" << sh << "POST" << "http://h/x"
                                     << Headers{{"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"}} << "a=1&b=x%20y" << QStringList();
        QTest::newRow("Invoke-RestMethod") << "Invoke-RestMethod -Uri 'http://h/x' -Method Post -Headers @{ Authorization = \"Bearer $env:API_TOKEN\" } -Body '{\"x\":1}' -ContentType 'application/json'"
                                           << ps << "POST" << "http://h/x" << Headers{{"Authorization", "Bearer ${API_TOKEN}"}, {"Content-Type", "application/json"}}
                                           << "{\"x\":1}" << QStringList{"API_TOKEN"};
        QTest::newRow("irm positional URL") << "irm http://h/health" << ps << "GET" << "http://h/health" << none << "" << QStringList();
        QTest::newRow("iwr with continuations") << "Invoke-WebRequest `\n  -Uri \"$env:BASE/x\" `\n  -Method Delete `\n  -UseBasicParsing"
                                                << ps << "DELETE" << "${BASE}/x" << none << "" << QStringList{"BASE"};
        QTest::newRow("table over lines") << "Invoke-RestMethod -Method PUT -Uri http://h/x -Headers @{\n  'X-A' = 'one'\n  \"X-B\" = \"two\"\n} -Body 'a=b'"
                                          << ps << "PUT" << "http://h/x" << (Headers{{"X-A", "one"}, {"X-B", "two"}} + form) << "a=b" << QStringList();
        QTest::newRow("curl.exe in PowerShell") << "curl.exe -s -H \"Authorization: Bearer $env:TOKEN\" http://h/x" << ps << "GET" << "http://h/x"
                                                << Headers{{"Authorization", "Bearer ${TOKEN}"}} << "" << QStringList{"TOKEN"};
        QTest::newRow("httpie option after the URL") << "http http://h/health --timeout=5" << sh << "GET" << "http://h/health" << none << "" << QStringList();
        QTest::newRow("PowerShell \"\" escape") << "Invoke-RestMethod -Uri http://h/x -Method Post -Body \"{\"\"count\"\": 1}\" -ContentType 'application/json'"
                                               << ps << "POST" << "http://h/x" << Headers{{"Content-Type", "application/json"}} << "{\"count\": 1}" << QStringList();
        QTest::newRow("$env:NAME before a brace") << "Invoke-RestMethod -Uri http://h/x -Method Post -Body \"{n: $env:N}\"" << ps << "POST" << "http://h/x"
                                                  << form << "{n: ${N}}" << QStringList{"N"};
        QTest::newRow("a dollar in cmd is a dollar") << "curl -s \"http://h/users?$top=5\"" << cmd << "GET" << "http://h/users?$$top=5" << none << "" << QStringList();
        QTest::newRow("curl in cmd") << "curl -s -H \"X-Key: %API_KEY%\" ^\n  http://h/x" << cmd << "GET" << "http://h/x"
                                     << Headers{{"X-Key", "${API_KEY}"}} << "" << QStringList{"API_KEY"};
    }
    void readsRequests()
    {
        QFETCH(QString, command);
        QFETCH(int, dialect);
        QFETCH(QString, method);
        QFETCH(QString, url);
        QFETCH(Headers, headers);
        QFETCH(QString, body);
        QFETCH(QStringList, variables);
        const HttpCommand::Reading r = HttpCommand::read(command, Dialect(dialect));
        QVERIFY(r.isRequest);
        QVERIFY2(r.action, qPrintable(r.why));
        QCOMPARE(r.action->method, method);
        QCOMPARE(r.action->url, url);
        QCOMPARE(r.action->headers, headers);
        QCOMPARE(r.action->body, body);
        QCOMPARE(r.action->variables, variables);
    }

    // Requests the console must not send as written: they stay copies, with the reason.
    void keepsCopies_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("dialect");
        QTest::addColumn<QString>("mentions");
        const int sh = int(Dialect::Shell);
        const int ps = int(Dialect::PowerShell);
        QTest::newRow("wget saves a file") << "wget http://h/x.tar.gz" << sh << "writes no files";
        QTest::newRow("wget -O file") << "wget -O out.json http://h/x" << sh << "out.json";
        QTest::newRow("wget --post-file") << "wget -qO- --post-file=body.json http://h/x" << sh << "body.json";
        QTest::newRow("httpie file field") << "http POST h/x data@payload.json" << sh << "local file";
        QTest::newRow("httpie download") << "http --download h/x.tar" << sh << "--download";
        QTest::newRow("httpie bad JSON") << "http POST h/x n:=nope" << sh << "not valid JSON";
        QTest::newRow("PowerShell variable") << "Invoke-RestMethod -Uri $url" << ps << "$url";
        QTest::newRow("headers from a variable") << "Invoke-RestMethod -Uri http://h/x -Headers $headers" << ps << "-Headers";
        QTest::newRow("subexpression in a string") << "Invoke-RestMethod -Uri \"http://h/$($svc.Name)\"" << ps << "cannot know";
        QTest::newRow("-InFile") << "Invoke-RestMethod -Uri http://h/x -Method Post -InFile body.json" << ps << "-InFile";
        QTest::newRow("-Credential") << "Invoke-RestMethod -Uri http://h/x -Credential (Get-Credential)" << ps << "credentials";
        QTest::newRow("file URL") << "Invoke-RestMethod -Uri file:///c:/secrets.txt" << ps << "file:";
        QTest::newRow("header table with a sum") << "Invoke-RestMethod -Uri http://h/x -Headers @{ Authorization = \"Bearer \" + $env:TOKEN; Accept = 'application/json' }"
                                                 << ps << "-Headers holds";
        QTest::newRow("curl.exe with a PowerShell variable") << "curl.exe -s -H \"Authorization: Bearer $token\" http://h/x" << ps << "$token";
        QTest::newRow("-UserAgent from a variable") << "Invoke-RestMethod -Uri http://h/x -UserAgent $ua" << ps << "$ua";
        QTest::newRow("${name} in a string") << "Invoke-RestMethod -Uri \"http://h/x\" -Headers @{ A = \"Bearer ${token}\" }" << ps << "${token}";
        QTest::newRow("httpie digest auth") << "http -A digest -a u:p h/x" << sh << "digest";
        QTest::newRow("variable inside a bare word") << "Invoke-RestMethod -Uri daur$l.exe" << ps << "$l.exe";
    }
    void keepsCopies()
    {
        QFETCH(QString, command);
        QFETCH(int, dialect);
        QFETCH(QString, mentions);
        const HttpCommand::Reading r = HttpCommand::read(command, Dialect(dialect));
        QVERIFY(r.isRequest);
        QVERIFY(!r.action);
        QVERIFY2(r.why.contains(mentions), qPrintable(r.why));
    }

    void otherProgramsAreNotRequests_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("kubectl") << "kubectl get pods";
        QTest::newRow("gcloud") << "gcloud compute instances list";
        QTest::newRow("http alone") << "http";
        QTest::newRow("Get-Service") << "Get-Service W3SVC";
    }
    void otherProgramsAreNotRequests()
    {
        QFETCH(QString, command);
        QVERIFY(!HttpCommand::read(command, Dialect::Shell).isRequest);
        QVERIFY(!HttpCommand::read(command, Dialect::PowerShell).isRequest);
    }

    // What a fence holds decides what it gives: C commands, K checklist items, T text; in block order.
    void fencesAreReadByWhatTheyHold_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("kinds");
        QTest::newRow("powershell block") << "powershell" << "curl.exe -s http://h/x\ngcloud compute ssh vm-1\n" << "C";
        QTest::newRow("checklist in a plain fence") << "" << "□ 백업 확인\n☐ 알림 채널 공지\n✅ 대시보드 확인\n✓ 롤백 준비\n" << "KKKK";
        QTest::newRow("heading line above the boxes") << "" << "[배포 전]\n□ 백업 확인\n□ 공지\n" << "TKK";
        QTest::newRow("timeline") << "" << "14:02 알람 발생\n14:05 온콜 확인\n14:20 롤백 완료\n" << "T";
        QTest::newRow("English timeline") << "text" << "14:02 alert fired\n14:05 on-call acknowledged\n" << "T";
        QTest::newRow("Q&A tree") << "" << "Q: 에러율이 5% 이상인가?\n  → 예: 롤백\n  → 아니오: 관찰\n" << "T";
        QTest::newRow("numbered procedure") << "" << "1. Open the dashboard and find the failing pod.\n2. Drain the node.\n" << "T";
        QTest::newRow("thresholds") << "" << "CPU > 80%      : warning\nhead series > 8M : critical\n" << "T";
        QTest::newRow("console with output") << "console" << "$ curl -s http://h/-/ready\nPrometheus Server is Ready.\n$ kubectl get pods\nNAME READY\n" << "CTCT";
        QTest::newRow("PS prompt") << "" << "PS C:\\> Invoke-RestMethod http://h/x\nstatus : ok\n" << "CT";
        QTest::newRow("> prompt") << "" << "> kubectl get nodes\nnode-1 Ready\n" << "CT";
        QTest::newRow("ascii diagram") << "" << "+-----+     +-----+\n| LB  | --> | API |\n+-----+     +-----+\n" << "T";
        QTest::newRow("yaml") << "yaml" << "groups:\n  - name: x\n" << "T";
        QTest::newRow("unlabelled config") << "" << "header = \"Authorization: Bearer x\"\nurl = \"http://h\"\n" << "T";
        QTest::newRow("plain commands") << "" << "kubectl get pods -n prod\n./scripts/failover.sh --region b\n" << "C";
        QTest::newRow("prose then a command") << "" << "1. 파드 상태를 확인한다\nkubectl get pods\n" << "TC";
        QTest::newRow("Korean prose in a bash block") << "bash" << "# 상태 확인\nkubectl get pods\n재시작 후 5분 관찰\n" << "CT";
        QTest::newRow("kubectl ending in a dot") << "bash" << "kubectl cp app-0:/tmp/heap.hprof .\nhelm upgrade my-release .\n" << "C";
        QTest::newRow("grep for Korean") << "bash" << "grep 오류 /var/log/app.log\n" << "C";
        QTest::newRow("cut with a colon") << "sh" << "cut -d : -f1 /etc/passwd\n" << "C";
        QTest::newRow("continuation stays a command") << "bash" << "curl -s \\\n  http://h/x\n" << "C";
    }
    void fencesAreReadByWhatTheyHold()
    {
        QFETCH(QString, language);
        QFETCH(QString, code);
        QFETCH(QString, kinds);
        QString got;
        for (const FencedBlock::Part& p : FencedBlock::read(code, language, 1))
            got += p.kind == FencedBlock::Part::Commands ? QLatin1Char('C') : p.kind == FencedBlock::Part::CheckItem ? QLatin1Char('K') : QLatin1Char('T');
        QCOMPARE(got, kinds);
    }

    // A body of 40,000 quoted lines is one command, read once (it was read again per line: 14 s).
    void aLongQuotedCommandIsOneCommand()
    {
        QString code = QStringLiteral("curl -s http://h/x -d \"\n");
        for (int i = 0; i < 40000; ++i)
            code += QStringLiteral("  line %1 of the body\n").arg(i);
        code += QStringLiteral("\"\nkubectl get pods\n");
        const QList<FencedBlock::Part> parts = FencedBlock::read(code, QStringLiteral("bash"), 1);
        QCOMPARE(parts.size(), 1);
        QCOMPARE(parts.first().kind, FencedBlock::Part::Commands);
        QCOMPARE(parts.first().text.count(QLatin1Char('\n')), 40002);
    }

    // The "> " a terminal shows before a command's further lines is not part of the command.
    void continuationPromptsAreDropped()
    {
        const QList<FencedBlock::Part> parts = FencedBlock::read(
            QStringLiteral("$ curl -X POST http://h/api -d '{\n> \"a\": 1\n> }'\n{\"ok\":true}\n"), QStringLiteral("console"), 1);
        QCOMPARE(parts.size(), 2);
        const QList<ShellWords::Command> commands = HttpCommand::commands(parts.first().text, 1, Dialect::Shell);
        QCOMPARE(commands.size(), 1);
        const HttpCommand::Reading r = HttpCommand::read(commands.first().text, Dialect::Shell);
        QVERIFY2(r.action, qPrintable(r.why));
        QCOMPARE(r.action->body, QStringLiteral("{\n\"a\": 1\n}"));
    }

    void commandsAreSplitInTheirDialect_data()
    {
        QTest::addColumn<QString>("block");
        QTest::addColumn<int>("dialect");
        QTest::addColumn<QStringList>("firstWords");
        QTest::newRow("comment with an apostrophe") << "Restart-Service W3SVC  # restart IIS if it's stuck\nGet-Service W3SVC\n"
                                                    << int(Dialect::PowerShell) << QStringList{"Restart-Service", "Get-Service"};
        QTest::newRow("cmd ^ continuation") << "REM post it\ncurl -X POST ^\n  http://h/x ^\n  -d a=1\ndir\n" << int(Dialect::Cmd)
                                            << QStringList{"curl", "dir"};
    }
    void commandsAreSplitInTheirDialect()
    {
        QFETCH(QString, block);
        QFETCH(int, dialect);
        QFETCH(QStringList, firstWords);
        QStringList got;
        for (const ShellWords::Command& c : HttpCommand::commands(block, 1, Dialect(dialect))) {
            QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
            got << c.text.section(QLatin1Char(' '), 0, 0);
        }
        QCOMPARE(got, firstWords);
        if (Dialect(dialect) == Dialect::Cmd) {
            const HttpCommand::Reading r = HttpCommand::read(HttpCommand::commands(block, 1, Dialect::Cmd).first().text, Dialect::Cmd);
            QVERIFY2(r.action, qPrintable(r.why));
            QCOMPARE(r.action->method, QStringLiteral("POST"));
            QCOMPARE(r.action->url, QStringLiteral("http://h/x"));
            QCOMPARE(r.action->body, QStringLiteral("a=1"));
        }
    }

    void promptsAreDropped()
    {
        const QList<FencedBlock::Part> parts = FencedBlock::read(QStringLiteral("$ curl -s http://h/x\nok\n"), QStringLiteral("console"), 10);
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.first().text, QStringLiteral("curl -s http://h/x"));
        QCOMPARE(parts.first().line, 10);
        QCOMPARE(parts.last().line, 11);
    }

    void checklistMarkers_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("checked");
        QTest::newRow("□") << "□ 백업 확인" << "백업 확인" << false;
        QTest::newRow("☐") << "☐ notify" << "notify" << false;
        QTest::newRow("✅") << "✅ 대시보드 확인" << "대시보드 확인" << false;
        QTest::newRow("✓") << "✓ rollback ready" << "rollback ready" << false;
        QTest::newRow("☑ ticked") << "☑ done already" << "done already" << true;
        QTest::newRow("[x]") << "[x] paged" << "paged" << true;
        QTest::newRow("- [ ] in a fence") << "- [ ] backup" << "backup" << false;
    }
    void checklistMarkers()
    {
        QFETCH(QString, line);
        QFETCH(QString, text);
        QFETCH(bool, checked);
        const auto check = FencedBlock::checkLine(line);
        QVERIFY(check);
        QCOMPARE(check->text, text);
        QCOMPARE(check->checked, checked);
        QVERIFY(!FencedBlock::checkLine(QStringLiteral("kubectl get pods")));
    }
};

QTEST_GUILESS_MAIN(TestHttpCommands)
#include "tst_httpcommands.moc"
