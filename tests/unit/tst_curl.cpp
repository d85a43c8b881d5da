#include "CurlCommand.h"
#include "ShellWords.h"

#include <QTest>

using Headers = QList<QPair<QString, QString>>;
Q_DECLARE_METATYPE(Headers)

namespace {
std::optional<HttpAction> read(const QString& command, QString* error)
{
    return CurlCommand::read(ShellWords::parse(command), error);
}
} // namespace

// The curl reader and the shell words under it: quoting, continuations, every flag, bad input.
class TestCurl final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reads_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("jq");
        QTest::addColumn<QStringList>("variables");
        const Headers none;
        const Headers form{{"Content-Type", "application/x-www-form-urlencoded"}};
        QTest::newRow("plain GET") << "curl http://localhost:8090/actuator/health" << "GET"
                                   << "http://localhost:8090/actuator/health" << none << "" << "" << QStringList();
        QTest::newRow("harmless flags, combined") << "curl -sSfi http://h/x" << "GET" << "http://h/x" << none << "" << "" << QStringList();
        QTest::newRow("long harmless flags") << "curl --silent --show-error --fail --include http://h/x" << "GET"
                                             << "http://h/x" << none << "" << "" << QStringList();
        QTest::newRow("scheme added") << "curl localhost:8002/api" << "GET" << "http://localhost:8002/api" << none << "" << "" << QStringList();
        QTest::newRow("data implies POST") << "curl -d 'a=1' http://h/x" << "POST" << "http://h/x" << form << "a=1" << "" << QStringList();
        QTest::newRow("explicit method") << "curl -X PUT http://h/x" << "PUT" << "http://h/x" << none << "" << "" << QStringList();
        QTest::newRow("method glued") << "curl -XDELETE http://h/x" << "DELETE" << "http://h/x" << none << "" << "" << QStringList();
        QTest::newRow("long options with =") << "curl --request=PATCH --url=http://h/x --data-raw=@literal" << "PATCH"
                                             << "http://h/x" << form << "@literal" << "" << QStringList();
        QTest::newRow("several -d joined by &") << "curl --data a=1 --data-binary b=2 http://h/x" << "POST" << "http://h/x"
                                                << form << "a=1&b=2" << "" << QStringList();
        QTest::newRow("header keeps its content type")
            << "curl -X POST -H 'Content-Type: application/json' -d '{\"a\": 1}' http://h/x" << "POST" << "http://h/x"
            << Headers{{"Content-Type", "application/json"}} << "{\"a\": 1}" << "" << QStringList();
        QTest::newRow("seed 000: multi-line single-quoted JSON, continuations, bearer")
            << "curl -X POST http://localhost:8002/api/admin/rate-limit/commits \\\n     -d '{\n       \"commits_per_minute\": 20\n     }' \\\n     -H \"Authorization: Bearer ${ADMIN_TOKEN}\""
            << "POST" << "http://localhost:8002/api/admin/rate-limit/commits"
            << Headers{{"Authorization", "Bearer ${ADMIN_TOKEN}"}, {"Content-Type", "application/x-www-form-urlencoded"}}
            << "{\n       \"commits_per_minute\": 20\n     }" << "" << QStringList{"ADMIN_TOKEN"};
        QTest::newRow("continuation inside double quotes") << "curl \"http://h/q?\\\na=1\"" << "GET" << "http://h/q?a=1"
                                                           << none << "" << "" << QStringList();
        QTest::newRow("URL starting with a variable") << "curl \"$BASE/health\"" << "GET" << "${BASE}/health" << none << ""
                                                      << "" << QStringList{"BASE"};
        QTest::newRow("$VAR without braces") << "curl -H \"X-Key: $API_KEY\" http://h/$PATH_PART" << "GET" << "http://h/${PATH_PART}"
                                             << Headers{{"X-Key", "${API_KEY}"}} << "" << "" << QStringList{"API_KEY", "PATH_PART"};
        QTest::newRow("single quotes keep a dollar literal") << "curl -d '{\"cost\": \"$5\"}' http://h/x" << "POST" << "http://h/x"
                                                             << form << "{\"cost\": \"$$5\"}" << "" << QStringList();
        QTest::newRow("escaped quotes in double quotes")
            << "curl -d \"{\\\"user_id\\\": \\\"$TOP_USER\\\"}\" http://h/x" << "POST" << "http://h/x" << form
            << "{\"user_id\": \"${TOP_USER}\"}" << "" << QStringList{"TOP_USER"};
        QTest::newRow("jq extraction") << "curl -s http://h/x | jq '.top_users[:10]'" << "GET" << "http://h/x" << none << ""
                                       << ".top_users[:10]" << QStringList();
        QTest::newRow("jq -r with a filter") << "curl -s http://h/x | jq -r '.users[] | select(.n > 5)'" << "GET" << "http://h/x"
                                             << none << "" << ".users[] | select(.n > 5)" << QStringList();
        const Headers json{{"Content-Type", "application/json"}, {"Accept", "application/json"}};
        QTest::newRow("-sG with --data-urlencode") << "curl -sG http://h/api/v1/query --data-urlencode 'query=rate(x[5m])'"
                                                   << "GET" << "http://h/api/v1/query?query=rate%28x%5B5m%5D%29" << none << "" << "" << QStringList();
        QTest::newRow("-G keeps the query there") << "curl -G 'http://h/q?a=1' -d b=2" << "GET" << "http://h/q?a=1&b=2" << none << "" << "" << QStringList();
        QTest::newRow("-fsSL") << "curl -fsSL http://h/x" << "GET" << "http://h/x" << none << "" << "" << QStringList();
        QTest::newRow("-sXPOST glued") << "curl -sXPOST http://h/x" << "POST" << "http://h/x" << none << "" << "" << QStringList();
        QTest::newRow("--json") << "curl --json '{\"a\":1}' http://h/x" << "POST" << "http://h/x" << json << "{\"a\":1}" << "" << QStringList();
        QTest::newRow("-X PATCH --json") << "curl -X PATCH --json '{}' http://h/x" << "PATCH" << "http://h/x" << json << "{}" << "" << QStringList();
        QTest::newRow("-I is HEAD") << "curl -sI http://h/x" << "HEAD" << "http://h/x" << none << "" << "" << QStringList();
        QTest::newRow("understood, not sent differently") << "curl -s --compressed -w '%{http_code}\\n' -o /dev/null --connect-timeout 3 http://h/x"
                                                          << "GET" << "http://h/x" << none << "" << "" << QStringList();
        QTest::newRow("-A -e -b and bearer") << "curl -A ops -e http://r/ -b 'a=1' --oauth2-bearer $TOKEN http://h/x" << "GET" << "http://h/x"
                                             << Headers{{"User-Agent", "ops"}, {"Referer", "http://r/"}, {"Cookie", "a=1"}, {"Authorization", "Bearer ${TOKEN}"}}
                                             << "" << "" << QStringList{"TOKEN"};
        QTest::newRow("$NAME before a brace keeps the brace") << "curl -d \"{\\\"replicas\\\": $N}\" http://h/x" << "POST" << "http://h/x"
                                                      << form << "{\"replicas\": ${N}}" << "" << QStringList{"N"};
        QTest::newRow("curl.exe") << "curl.exe -s http://h/x" << "GET" << "http://h/x" << none << "" << "" << QStringList();
        QTest::newRow("bare jq") << "curl -s http://h/x | jq" << "GET" << "http://h/x" << none << "" << "." << QStringList();
        QTest::newRow("assignment around curl") << "RATE=$(curl -s 'http://h/q?query=rate(x[5m])' | jq -r '.data')" << "GET"
                                                << "http://h/q?query=rate(x[5m])" << none << "" << ".data" << QStringList();
    }
    void reads()
    {
        QFETCH(QString, command);
        QFETCH(QString, method);
        QFETCH(QString, url);
        QFETCH(Headers, headers);
        QFETCH(QString, body);
        QFETCH(QString, jq);
        QFETCH(QStringList, variables);
        QString error;
        const auto action = read(command, &error);
        QVERIFY2(action, qPrintable(error));
        QCOMPARE(action->method, method);
        QCOMPARE(action->url, url);
        QCOMPARE(action->headers, headers);
        QCOMPARE(action->body, body);
        QCOMPARE(action->jq, jq);
        QCOMPARE(action->variables, variables);
    }

    void optionsThatChangeTheRequest()
    {
        QString error;
        const auto a = read(QStringLiteral("curl -sSLk --max-time 7.5 https://h/x"), &error);
        QVERIFY2(a, qPrintable(error));
        QVERIFY(a->followRedirects);
        QVERIFY(a->insecure);
        QCOMPARE(a->timeoutMs, 7500);
        QVERIFY(a->display().contains(QStringLiteral("-k")));
        const auto plain = read(QStringLiteral("curl -s https://h/x"), &error);
        QVERIFY(!plain->followRedirects && !plain->insecure && plain->timeoutMs == 0);
        const auto m = read(QStringLiteral("curl -m 3 https://h/x"), &error);
        QCOMPARE(m->timeoutMs, 3000);
        QVERIFY(!read(QStringLiteral("curl -m soon https://h/x"), &error));
        const auto retry = read(QStringLiteral("curl --retry 3 https://h/x"), &error);
        QVERIFY(retry && retry->warnings.join(QString()).contains(QStringLiteral("--retry")));
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown flag") << "curl --frobnicate http://h/x" << "unknown option --frobnicate";
        QTest::newRow("unknown short flag") << "curl -sZ http://h/x" << "unknown option -Z";
        QTest::newRow("-o writes a file") << "curl -s -o out.json http://h/x" << "writes the answer to the file out.json";
        QTest::newRow("-T uploads a file") << "curl -T dump.sql http://h/x" << "reads the local file dump.sql";
        QTest::newRow("-K reads a config") << "curl -K ops.cfg http://h/x" << "reads the local file ops.cfg";
        QTest::newRow("--config=") << "curl --config=ops.cfg http://h/x" << "reads the local file ops.cfg";
        QTest::newRow("-d @file") << "curl -d @payload.json http://h/x" << "payload.json";
        QTest::newRow("--json @file") << "curl --json @body.json http://h/x" << "body.json";
        QTest::newRow("--data-urlencode name@file") << "curl -G --data-urlencode q@query.txt http://h/x" << "query.txt";
        QTest::newRow("-b cookie file") << "curl -b cookies.txt http://h/x" << "cookies.txt";
        QTest::newRow("-H @file") << "curl -H @headers.txt http://h/x" << "headers.txt";
        QTest::newRow("proxy") << "curl -x http://proxy:3128 http://h/x" << "proxy";
        QTest::newRow("form") << "curl -F a=1 http://h/x" << "multipart";
        QTest::newRow("-O saves a file") << "curl -O http://h/x.tar" << "writes a local file";
        QTest::newRow("command substitution") << "curl \"http://h/x?from=$(date +%s)\"" << "command substitution";
        QTest::newRow("backquotes") << "curl http://h/`hostname`" << "command substitution";
        QTest::newRow("default value expansion") << "curl -H \"Authorization: Bearer ${TOKEN:-none}\" http://h/x" << "shell expansion";
        QTest::newRow("length expansion") << "curl http://h/${#X}" << "shell expansion";
        QTest::newRow("chained") << "curl http://h/x && rm -rf /" << "chains shell commands";
        QTest::newRow("redirect") << "curl http://h/x > out.json" << "redirects";
        QTest::newRow("body from a file") << "curl --data-binary @payload.json http://h/x" << "payload.json";
        QTest::newRow("no url") << "curl -s" << "no URL";
        QTest::newRow("missing value") << "curl http://h/x -H" << "-H needs a value";
        QTest::newRow("header without a name") << "curl -H 'nonsense' http://h/x" << "no name";
        QTest::newRow("unterminated quote") << "curl -d '{\"a\": 1 http://h/x" << "unterminated single quote";
        QTest::newRow("not curl") << "kubectl get pods" << "not a curl command";
        // Only http and https are requests; the network stack would read file: and qrc: from this machine.
        QTest::newRow("file URL") << "curl file:///etc/passwd" << "uses file:, not http or https";
        QTest::newRow("file URL with one slash") << "curl file:/etc/passwd" << "uses file:";
        QTest::newRow("qrc URL") << "curl qrc:/runbooks/000-commit-surge.md" << "uses qrc:";
        QTest::newRow("gopher URL") << "curl gopher://h:70/1" << "uses gopher:";
        QTest::newRow("scheme in capitals") << "curl FILE:///etc/passwd" << "uses file:";
        QTest::newRow("--url with a foreign scheme") << "curl --url ftp://h/x" << "uses ftp:";
    }
    void refuses()
    {
        QFETCH(QString, command);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!read(command, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void urlsWithoutASchemeAreHttp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("url");
        QTest::newRow("host and port") << "curl localhost:9090/api" << "http://localhost:9090/api";
        QTest::newRow("host and port only") << "curl localhost:9090" << "http://localhost:9090";
        QTest::newRow("user and password") << "curl ops:secret@h/x" << "http://ops:secret@h/x";
        QTest::newRow("a URL in the query") << "curl 'h:8080/r?next=http://x/'" << "http://h:8080/r?next=http://x/";
        QTest::newRow("https kept") << "curl HTTPS://h/x" << "HTTPS://h/x";
        QTest::newRow("leading variable") << "curl \"$BASE/x\"" << "${BASE}/x";
    }
    void urlsWithoutASchemeAreHttp()
    {
        QFETCH(QString, command);
        QFETCH(QString, url);
        QString error;
        const auto action = read(command, &error);
        QVERIFY2(action, qPrintable(error));
        QCOMPARE(action->url, url);
    }

    void unclosedSubstitutionIsNamed_data()
    {
        QTest::addColumn<QString>("block");
        QTest::addColumn<int>("commands");
        QTest::addColumn<QString>("error"); // of the first command; empty: none
        QTest::newRow("$( then an apostrophe") << "X=$(curl -s http://h/x\necho it's done\n" << 1 << "unclosed $( … )";
        QTest::newRow("$( at the end") << "X=$(curl -s http://h/x | jq -r '.a'\n" << 1 << "unclosed $( … )";
        QTest::newRow("$( inside double quotes") << "echo \"$(date\"\n" << 1 << "unclosed $( … )";
        QTest::newRow("quote only") << "curl -d '{\"a\": 1 http://h/x\n" << 1 << "single quote";
        QTest::newRow("double quote only") << "curl -d \"x http://h/x\n" << 1 << "double quote";
        QTest::newRow("quotes start afresh inside $( )") << "echo \"$(echo \"it's\")\"\ncurl http://h/x\n" << 2 << "";
        QTest::newRow("arithmetic") << "N=$(( 1 + (2 * 3) ))\ncurl http://h/x\n" << 2 << "";
        QTest::newRow("paren in a quoted URL") << "X=$(curl \"http://h/a)b\")\ncurl http://h/x\n" << 2 << "";
        // A dangling continuation at the block's end ends the command (it was blamed on a double quote).
        QTest::newRow("continuation on the last line") << "curl -s http://h/x \\\n  -H 'a: b' \\\n" << 1 << "";
    }
    void unclosedSubstitutionIsNamed()
    {
        QFETCH(QString, block);
        QFETCH(int, commands);
        QFETCH(QString, error);
        const QList<ShellWords::Command> read = ShellWords::commands(block, 1);
        QCOMPARE(read.size(), commands);
        QCOMPARE(read.first().line, 1);
        if (error.isEmpty())
            QVERIFY2(read.first().error.isEmpty(), qPrintable(read.first().error));
        else
            QVERIFY2(read.first().error.contains(error), qPrintable(read.first().error));
        if (error.contains(QLatin1String("$(")))
            QVERIFY2(!read.first().error.contains(QLatin1String("quote")), qPrintable(read.first().error));
    }

    void commandsOfABlock()
    {
        const QString block = QStringLiteral(
            "# 1. health\n"
            "curl -s http://h/health | jq\n"
            "\n"
            "if [ $X -gt 5 ]; then\n"
            "  curl -X POST http://h/act\n"
            "fi\n"
            "cat > f.sh << 'EOF'\n"
            "echo inside\n"
            "EOF\n"
            "curl -d '{\n"
            "  \"a\": 1\n"
            "}' http://h/x\n"
            "TOP=$(curl -s http://h/top | \\\n"
            "      jq -r '.u')\n"
            "curl -d 'never closed\n");
        const QList<ShellWords::Command> commands = ShellWords::commands(block, 10);
        QCOMPARE(commands.size(), 6);
        QCOMPARE(commands.at(0).label, QStringLiteral("1. health"));
        QCOMPARE(commands.at(0).line, 11);
        QVERIFY(commands.at(1).compound && commands.at(1).text.endsWith(QStringLiteral("fi")));
        QVERIFY(commands.at(2).compound && commands.at(2).text.endsWith(QStringLiteral("EOF")));
        QCOMPARE(commands.at(3).line, 19);
        QVERIFY(commands.at(3).error.isEmpty());
        QCOMPARE(commands.at(4).line, 22);
        QCOMPARE(ShellWords::parse(commands.at(4).text).assignedTo, QStringLiteral("TOP"));
        QCOMPARE(commands.at(5).line, 24);
        QVERIFY(commands.at(5).error.contains(QStringLiteral("single quote")));
    }

    // A template is whatever a reader made of a runbook's text: a dollar that starts no ${NAME} stays
    // as written (found by fuzz_curl: "daur$l" looped for ever).
    void expandIsTotal_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("expanded");
        QTest::newRow("bare dollar in a word") << "daur$l.exe" << "daur$l.exe";
        QTest::newRow("unclosed brace") << "${NOPE" << "${NOPE";
        QTest::newRow("dollar at the end") << "x$" << "x$";
        QTest::newRow("closed later") << "$a ${B}" << "$a b";
    }
    void expandIsTotal()
    {
        QFETCH(QString, word);
        QFETCH(QString, expanded);
        QStringList missing;
        QCOMPARE(ShellWords::expand(word, [](const QString& n) { return n.toLower(); }, &missing), expanded);
    }

    void expandsAtSendTime()
    {
        QStringList missing;
        const auto lookup = [](const QString& name) {
            return name == QLatin1String("TOKEN") ? QStringLiteral("s3cr3t") : QString();
        };
        QCOMPARE(ShellWords::expand(QStringLiteral("Bearer ${TOKEN} costs $$5 ${NOPE}"), lookup, &missing),
                 QStringLiteral("Bearer s3cr3t costs $5 "));
        QCOMPARE(missing, QStringList{"NOPE"});
    }

    void displayMasksSecrets()
    {
        QString error;
        const auto action = read(QStringLiteral("curl -u admin:hunter22 -H 'Authorization: Bearer abc.def' -H "
                                                "'X-Trace: 1' http://h/x"),
                                 &error);
        QVERIFY2(action, qPrintable(error));
        const QString shown = action->display();
        QVERIFY(!shown.contains(QStringLiteral("abc.def")));
        QVERIFY(!shown.contains(QStringLiteral("hunter22")));
        QVERIFY(shown.contains(QStringLiteral("Authorization: Bearer ••••")));
        QVERIFY(shown.contains(QStringLiteral("X-Trace: 1")));
        const auto templated = read(QStringLiteral("curl -H \"Authorization: Bearer ${ADMIN_TOKEN}\" http://h/x"), &error);
        QVERIFY(templated->display().contains(QStringLiteral("Authorization: Bearer ${ADMIN_TOKEN}")));
    }
};

QTEST_GUILESS_MAIN(TestCurl)
#include "tst_curl.moc"
