#include "Checklist.h"
#include "DemoIncident.h"
#include "Fixtures.h"
#include "MarkdownProbe.h"
#include "PostmortemWriter.h"
#include "TimeOffset.h"

#include <QTest>
#include <QUrl>

namespace {
// What a reader should see: line breaks kept, each line's outer blanks dropped.
QString normalized(const QString& text)
{
    QString t = text;
    t.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QStringList lines = t.split(QLatin1Char('\n'));
    for (QString& line : lines)
        line = line.trimmed();
    return lines.join(QLatin1Char('\n')).trimmed();
}

// A heading, an alt text or a one-line summary: the lines joined by spaces.
QString oneLine(const QString& text)
{
    QStringList lines = normalized(text).split(QLatin1Char('\n'));
    lines.removeAll(QString());
    return lines.join(QLatin1Char(' '));
}

QString tplus(double minutes)
{
    return TimeOffset::format(qRound64(minutes * 60'000));
}

ChecklistDefinition checklist()
{
    return *ChecklistDefinition::fromJson(Fixtures::checklistJson(), QStringLiteral("en"), nullptr);
}

// The same text in every place the post-mortem writes text: title, summary, tables, paragraphs, lists.
IncidentData everywhere(const QString& text)
{
    IncidentData incident = Fixtures::incident(0);
    incident.title = text;
    incident.commander = text;
    incident.events = {Fixtures::event(1, 60'000, EventKind::Alert, text), Fixtures::event(2, 90'000, EventKind::Note, text),
                       Fixtures::event(3, 120'000, EventKind::Action, text)};
    for (TimelineEvent& e : incident.events)
        e.author = text;
    PostmortemFields& pm = incident.postmortem;
    pm.summary = pm.impact = pm.detection = pm.rootCause = pm.mitigation = text;
    pm.whys = {{text, text}};
    pm.factors = {{text, text, text}};
    pm.actionItems = {{text, text, text, text, text}};
    pm.wentWell = pm.wentWrong = pm.lucky = QStringList{text};
    pm.scenarios = {{QStringLiteral("db"), QStringLiteral("Database"), {{QStringLiteral("impact"), QStringLiteral("Impact"), text}}}};
    return incident;
}

const MarkdownProbe::Table* tableWithHeader(const MarkdownProbe& probe, const QString& firstHeading)
{
    for (const auto& table : probe.tables) {
        if (!table.rows.isEmpty() && table.rows.first().value(0) == firstHeading)
            return &table;
    }
    return nullptr;
}
} // namespace

class TestPostmortemWriter final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Times read in the writer's zone: the date appears once an event falls on another local day than
    // the start, on either side of UTC.
    void timesAreLocalAndDatedOffTheFirstDay_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("startUtc");
        QTest::addColumn<qint64>("afterMs");
        QTest::addColumn<QString>("startTime");
        QTest::addColumn<QString>("eventTime");
        QTest::newRow("Seoul, past midnight") << "Asia/Seoul" << "2025-12-25T14:50:00Z" << 15 * 60'000LL << "23:50:00"
                                              << "2025-12-26 00:05:00";
        QTest::newRow("Los Angeles, past midnight") << "America/Los_Angeles" << "2025-12-25T07:55:00Z" << 10 * 60'000LL
                                                    << "23:55:00" << "2025-12-25 00:05:00";
        QTest::newRow("UTC, same day") << "UTC" << "2025-12-25T01:14:09Z" << 3'600'000LL << "01:14:09" << "02:14:09";
        QTest::newRow("before 1970") << "UTC" << "1969-12-31T23:59:30Z" << 45'000LL << "23:59:30" << "1970-01-01 00:00:15";
    }
    void timesAreLocalAndDatedOffTheFirstDay()
    {
        QFETCH(QString, zone);
        QFETCH(QString, startUtc);
        QFETCH(qint64, afterMs);
        QFETCH(QString, startTime);
        QFETCH(QString, eventTime);
        IncidentData incident = Fixtures::incident(QDateTime::fromString(startUtc, Qt::ISODate).toMSecsSinceEpoch());
        incident.events = {Fixtures::event(1, incident.startedMs, EventKind::Note, QStringLiteral("declared")),
                           Fixtures::event(2, incident.startedMs + afterMs, EventKind::Note, QStringLiteral("later"))};
        const QTimeZone timeZone(zone.toUtf8());
        QVERIFY(timeZone.isValid());
        const MarkdownProbe probe = MarkdownProbe::parse(PostmortemWriter(timeZone).write(incident, checklist()));
        const MarkdownProbe::Table* timeline = tableWithHeader(probe, QStringLiteral("T+"));
        QVERIFY(timeline);
        QCOMPARE(timeline->rows.at(1).at(1), startTime);
        QCOMPARE(timeline->rows.at(2).at(1), eventTime);
    }

    // Who held which role when, a handover as two commander rows; no section when nobody was recorded.
    void rolesListWhoHeldWhatWhen()
    {
        IncidentData incident = Fixtures::incident(QDateTime::fromString(QStringLiteral("2025-12-25T01:00:00Z"), Qt::ISODate).toMSecsSinceEpoch());
        const qint64 handover = incident.startedMs + 45 * 60'000;
        incident.roles = {RoleSpan{QStringLiteral("Kim"), QStringLiteral("commander"), incident.startedMs, handover},
                          RoleSpan{QStringLiteral("Lee"), QStringLiteral("scribe"), incident.startedMs + 60'000, 0},
                          RoleSpan{QStringLiteral("Park"), QStringLiteral("commander"), handover, 0}};
        const PostmortemWriter writer(QTimeZone(QByteArrayLiteral("UTC")));
        const MarkdownProbe probe = MarkdownProbe::parse(writer.write(incident, checklist()));
        const MarkdownProbe::Table* roles = tableWithHeader(probe, QStringLiteral("Role"));
        QVERIFY(roles);
        QCOMPARE(roles->rows.size(), 4); // header and three spans
        QCOMPARE(roles->rows.at(1), (QStringList{QStringLiteral("Incident commander"), QStringLiteral("Kim"),
                                                 QStringLiteral("2025-12-25 01:00:00 UTC"), QStringLiteral("2025-12-25 01:45:00 UTC")}));
        QCOMPARE(roles->rows.at(2).at(0), QStringLiteral("Scribe"));
        QCOMPARE(roles->rows.at(3), (QStringList{QStringLiteral("Incident commander"), QStringLiteral("Park"),
                                                 QStringLiteral("2025-12-25 01:45:00 UTC"), QStringLiteral("the end")}));
        incident.roles.clear();
        QVERIFY(!tableWithHeader(MarkdownProbe::parse(writer.write(incident, checklist())), QStringLiteral("Role")));
    }

    // md4c reads back exactly what was typed, in every place; ordinary text gets no backslash at all.
    void anyTextStaysLiteral_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ordinary");
        QTest::newRow("plain") << "DB pool exhausted" << true;
        QTest::newRow("decimal minutes") << "T+15.2m: error rate 15.2m after deploy" << true;
        QTest::newRow("approximately") << "~4.8% errors, ~5 min" << true;
        QTest::newRow("korean with percent") << "에러율 4.8% 급증 → 1.2%로 감소" << true;
        QTest::newRow("snake case") << "var_host and snake_case_name and v1.2.3-rc_1" << true;
        QTest::newRow("windows path") << R"(C:\path\to\file)" << true;
        QTest::newRow("ampersand") << "R&D and Q&A" << true;
        QTest::newRow("less than a number") << "(target: <10/min), x > y" << true;
        QTest::newRow("spaced star") << "2 * 3 = 6" << true;
        QTest::newRow("one star") << "a*b" << false; // escaped inside the 5 Whys' bold question only
        QTest::newRow("one dollar") << "price $5" << true;
        QTest::newRow("hash number") << "#123 is the ticket" << true;
        QTest::newRow("decimal at start") << "1.5 hours of impact" << true;
        QTest::newRow("negative at start") << "-5% orders" << true;
        QTest::newRow("brackets alone") << "[draft] notes [wip]" << true;
        QTest::newRow("home folder") << "~/.config/app" << true;
        QTest::newRow("host without dot") << "http://h/var_host" << true;
        QTest::newRow("quotes") << "it's \"quoted\"!" << true;
        QTest::newRow("pipe in cell") << "active | pending 20|15" << false;
        QTest::newRow("newline") << "first line\nsecond line" << true;
        QTest::newRow("crlf input") << "first\r\nsecond" << true;
        QTest::newRow("unmatched backtick") << "a ` b" << false; // escaped in cells: md4c pairs backticks across cells
        QTest::newRow("angle brackets") << "<script>alert(1)</script> & <b>" << false;
        QTest::newRow("html comment") << "<!-- hidden --> <?php ?>" << false;
        QTest::newRow("literal br") << "keep <br> as text" << false;
        QTest::newRow("korean") << "DB 커넥션 풀 고갈 확인, Slow Query 로그 분석 시작" << true;
        QTest::newRow("emphasis markers") << "*bold* _under_ **strong** ~~strike~~ ~one~" << false;
        QTest::newRow("intraword stars") << "2*3*4 and __init__" << false;
        QTest::newRow("heading at line start") << "# not a heading\n## nor this" << false;
        QTest::newRow("title ending in hashes") << "Checkout ##" << false;
        QTest::newRow("only hashes") << "##" << false;
        QTest::newRow("list markers") << "- item\n+ item" << false;
        QTest::newRow("ordered list markers") << "1. first\n2) second" << false;
        QTest::newRow("star bullet") << "* item" << false;
        QTest::newRow("thematic break") << "above\n***" << false;
        QTest::newRow("setext underline") << "title\n===" << false;
        QTest::newRow("setext two dashes") << "title\n--" << false;
        QTest::newRow("code fence") << "```js\nx = 1" << false;
        QTest::newRow("tilde fence") << "~~~\nx" << false;
        QTest::newRow("link definition") << "[x]: /runbooks/db.md" << false;
        QTest::newRow("unfinished link") << "[click](not closed" << false;
        QTest::newRow("entity") << "&amp; &lt; &#65; &#x41;" << false;
        QTest::newRow("backslashes") << R"(C:\path\ and \| and \* and trailing\)" << false;
        QTest::newRow("backslash line break") << "ends in a backslash\\\nnext" << false;
        QTest::newRow("indented code") << "    indented four spaces" << true;
        QTest::newRow("table delimiter") << "a | b\n|---|---|" << false;
        QTest::newRow("quote marker") << "> quoted" << false;
        QTest::newRow("dollar math") << "$x$ and $$y$$" << false;
        QTest::newRow("emoji") << "✅ 검증 → 에러율 1.2%" << true;
        // md4c pairs no run of 32 or more backticks (found by fuzz_markdown).
        QTest::newRow("long backtick runs") << QStringLiteral("(h`````xxL%1x`xxL%1x%2x").arg(QString(43, QLatin1Char('`')), QString(17, QLatin1Char('`')))
                                            << false;
        // A DEL makes <scheme:...> no autolink for md4c, so a '~' in it pairs with one before (found by fuzz_markdown).
        QTest::newRow("control character in an autolink") << QStringLiteral("[~8.8%% <http:-/h/v~8.-/h/vh\x7Ftp:-/h> w") << false;
        // U+0085 is a space to Qt, not to md4c: the '_' before it opens emphasis (found by fuzz_markdown).
        QTest::newRow("emphasis after a next-line control") << QStringLiteral("x _\u0085b_ y") << false;
    }
    void anyTextStaysLiteral()
    {
        QFETCH(QString, text);
        QFETCH(bool, ordinary);
        const QString markdown = PostmortemWriter(QTimeZone::utc()).write(everywhere(text), checklist());
        const MarkdownProbe probe = MarkdownProbe::parse(markdown);
        QVERIFY(probe.ok);
        QCOMPARE(probe.rawHtmlOtherThanBr, 0);
        QCOMPARE(probe.entities, 0);
        QCOMPARE(probe.mathSpans, 0);
        QVERIFY(probe.links.isEmpty());
        QVERIFY(probe.images.isEmpty());
        const QString lines = normalized(text);
        const QString line = oneLine(text);

        QCOMPARE(probe.headings.value(0), line);
        QCOMPARE(probe.quotes.value(0), QStringLiteral("One-line summary: ") + line);

        const MarkdownProbe::Table* metadata = tableWithHeader(probe, QStringLiteral("Field"));
        QVERIFY(metadata);
        QCOMPARE(metadata->rows.value(3), QStringList({"Commander", lines}));

        const MarkdownProbe::Table* timeline = tableWithHeader(probe, QStringLiteral("T+"));
        QVERIFY(timeline);
        QCOMPARE(timeline->rows.size(), 4);
        for (int r = 1; r < 4; ++r) {
            QCOMPARE(timeline->rows.at(r).size(), 5);
            QCOMPARE(timeline->rows.at(r).at(0), tplus(0.5 + r * 0.5));
            QCOMPARE(timeline->rows.at(r).at(3), lines);
            QCOMPARE(timeline->rows.at(r).at(4), lines);
        }
        const MarkdownProbe::Table* actions = tableWithHeader(probe, QStringLiteral("Action item"));
        QVERIFY(actions);
        QCOMPARE(actions->rows.at(1), QStringList({lines, lines, lines, lines, lines}));
        const MarkdownProbe::Table* factors = tableWithHeader(probe, QStringLiteral("Factor"));
        QVERIFY(factors);
        QCOMPARE(factors->rows.at(1), QStringList({lines, lines, lines}));

        QCOMPARE(probe.paragraphs.count(lines), 4); // impact, detection, root cause, mitigation
        const QStringList items = probe.listItems;
        QVERIFY2(items.contains(tplus(1) + QLatin1Char(' ') + lines), qPrintable(items.join(" ¶ ")));   // alerts
        QVERIFY2(items.contains(tplus(2) + QLatin1Char(' ') + lines), qPrintable(items.join(" ¶ ")));   // actions
        QVERIFY2(items.contains(line + QStringLiteral("\n\n→ ") + lines), qPrintable(items.join(" ¶ "))); // 5 whys
        QCOMPARE(items.count(lines), 3);                                                                // lessons
        QVERIFY2(items.contains(QStringLiteral("Database — Impact: ") + lines), qPrintable(items.join(" ¶ ")));

        if (ordinary && !text.contains(QLatin1Char('\\'))) {
            QVERIFY2(!markdown.contains(QLatin1Char('\\')), qPrintable(markdown));
        } else if (ordinary) { // the backslashes are the text's own, in every place it is written
            QVERIFY2(markdown.count(text) >= 29, qPrintable(markdown));
            QCOMPARE(markdown.count(QLatin1Char('\\')), markdown.count(text) * text.count(QLatin1Char('\\')));
        }
    }

    // Inline code, links and URLs an author typed stay as typed: md4c finds the code and the same destinations.
    void authorMarkupIsKept_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("visible");
        QTest::addColumn<QStringList>("destinations");
        QTest::newRow("autolink with underscores")
            << "see <http://h/var_host> now" << "see http://h/var_host now" << QStringList{"http://h/var_host"};
        QTest::newRow("autolink with query")
            << "<https://grafana.example.com/d/x?var-host=db_1&orgId=1>"
            << "https://grafana.example.com/d/x?var-host=db_1&orgId=1"
            << QStringList{"https://grafana.example.com/d/x?var-host=db_1&orgId=1"};
        QTest::newRow("email autolink") << "mail <ops_team@example.com>" << "mail ops_team@example.com"
                                        << QStringList{"mailto:ops_team@example.com"};
        QTest::newRow("inline link") << "[dash_board *1*](https://grafana.example.com/d/x_y) opened"
                                     << "dash_board 1 opened" << QStringList{"https://grafana.example.com/d/x_y"};
        QTest::newRow("bare url") << "https://grafana.example.com/d/abc?var-host=db_1&from=now-1h, then retry"
                                  << "https://grafana.example.com/d/abc?var-host=db_1&from=now-1h, then retry"
                                  << QStringList{"https://grafana.example.com/d/abc?var-host=db_1&from=now-1h"};
        QTest::newRow("www url") << "www.example.com/a_b_c." << "www.example.com/a_b_c."
                                 << QStringList{"http://www.example.com/a_b_c"};
        QTest::newRow("inline code") << "run `rate(x[5m]) * 2 > 1 <b>` and `var_host` now"
                                     << "run `rate(x[5m]) * 2 > 1 <b>` and `var_host` now" << QStringList{};
        QTest::newRow("code with markup inside") << "`*not emphasis*` and `<b>` and `[x](y)`"
                                                << "`*not emphasis*` and `<b>` and `[x](y)`" << QStringList{};
    }
    void authorMarkupIsKept()
    {
        QFETCH(QString, text);
        QFETCH(QString, visible);
        QFETCH(QStringList, destinations);
        IncidentData incident = Fixtures::incident(0);
        incident.events = {Fixtures::event(1, 90'000, EventKind::Note, text)};
        incident.postmortem.impact = text;
        incident.postmortem.wentWell = {text};
        const QString markdown = PostmortemWriter(QTimeZone::utc()).write(incident, checklist());
        const MarkdownProbe probe = MarkdownProbe::parse(markdown);
        QVERIFY(probe.ok);
        QCOMPARE(probe.rawHtmlOtherThanBr, 0);
        QVERIFY2(markdown.count(text) == 3, qPrintable(markdown)); // written as typed: no backslash added
        QCOMPARE(tableWithHeader(probe, QStringLiteral("T+"))->rows.at(1).at(3), visible);
        QVERIFY(probe.paragraphs.contains(visible));
        QVERIFY(probe.listItems.contains(visible));
        QStringList found;
        for (const MarkdownProbe::Link& link : probe.links)
            found << link.destination;
        QStringList expected;
        for (int i = 0; i < 3; ++i)
            expected << destinations;
        std::sort(expected.begin(), expected.end());
        std::sort(found.begin(), found.end());
        QCOMPARE(found, expected);
    }

    // A table splits cells before it reads code: a typed code span with a pipe is shown literally, in one cell.
    void codeWithAPipeStaysInItsCell()
    {
        IncidentData incident = Fixtures::incident(0);
        incident.events = {Fixtures::event(1, 90'000, EventKind::Note, QStringLiteral("ran `a | b` then `c`"))};
        const MarkdownProbe probe = MarkdownProbe::parse(PostmortemWriter(QTimeZone::utc()).write(incident, checklist()));
        const MarkdownProbe::Table* timeline = tableWithHeader(probe, QStringLiteral("T+"));
        QVERIFY(timeline);
        QCOMPARE(timeline->rows.at(1).size(), 5);
        QCOMPARE(timeline->rows.at(1).at(3), QStringLiteral("ran `a | b` then `c`"));
    }

    // Chart images resolve to their files whatever the export was called (spaces, parentheses, '#', Korean).
    void chartLinksResolveToTheirFiles_data()
    {
        QTest::addColumn<QString>("relativePath");
        QTest::newRow("plain") << "pm-charts/lag.png";
        QTest::newRow("space") << "with charts-charts/kafka-lag-coupon.png";
        QTest::newRow("closing parenthesis") << "pm)-charts/lag.png";
        QTest::newRow("parentheses") << "a (b) c-charts/lag.png";
        QTest::newRow("brackets") << "[pm]-charts/lag.png";
        QTest::newRow("angle brackets") << "<pm>-charts/lag.png";
        QTest::newRow("korean") << "장애 보고서-charts/lag.png";
        QTest::newRow("percent hash question") << "100% #1?-charts/lag.png";
        QTest::newRow("backslash and quotes") << "a\\b \"c\" 'd'-charts/lag.png";
        QTest::newRow("emphasis and code") << "*x* _y_ `z`-charts/lag.png";
        QTest::newRow("tab") << "a\tb-charts/lag.png";
    }
    void chartLinksResolveToTheirFiles()
    {
        QFETCH(QString, relativePath);
        const QString title = QStringLiteral("Lag [p99] *consumer* <b>");
        const QString markdown = PostmortemWriter(QTimeZone::utc()).write(Fixtures::incident(0), checklist(),
                                                                         {{title, relativePath}});
        const MarkdownProbe probe = MarkdownProbe::parse(markdown);
        QCOMPARE(probe.images.size(), 1);
        QCOMPARE(probe.images.at(0).text, title);
        const QString destination = probe.images.at(0).destination;
        QCOMPARE(QUrl::fromPercentEncoding(destination.toUtf8()), relativePath);
        // As a viewer resolves it against the Markdown file's own URL.
        const QUrl document = QUrl::fromLocalFile(QStringLiteral("/exports/pm.md"));
        QCOMPARE(document.resolved(QUrl(destination, QUrl::StrictMode)).toLocalFile(),
                 QStringLiteral("/exports/") + relativePath);
    }

    // A status update is one long entry: the row keeps its first line, the whole text follows the table.
    void longEntriesFollowTheTable()
    {
        const QStringList update{QStringLiteral("[SEV-2] Checkout API 5xx | Investigating | T+15m"),
                                 QStringLiteral("Main functions affected: checkout, *all* regions"),
                                 QStringLiteral("Workaround: none"),
                                 QStringLiteral("1. retry later"),
                                 QStringLiteral("Checklist: 4/12"),
                                 QStringLiteral("Metrics: error rate ~4.8%, p99 15.2s"),
                                 QStringLiteral("Latest actions: T+10m rolled back v42"),
                                 QStringLiteral("Next update in 30 minutes.")};
        const QString longAction = QStringLiteral("POST https://admin.example.com/pool 200 in 84 ms: ") +
                                   QString(260, QLatin1Char('x'));
        IncidentData incident = Fixtures::incident(0);
        incident.events = {Fixtures::event(1, 60'000, EventKind::Note, QStringLiteral("two lines\nare fine")),
                           Fixtures::event(2, 15 * 60'000, EventKind::StatusUpdate, update.join(QLatin1Char('\n'))),
                           Fixtures::event(3, 16 * 60'000, EventKind::Action, longAction)};
        const QString markdown = PostmortemWriter(QTimeZone::utc()).write(incident, checklist());
        const MarkdownProbe probe = MarkdownProbe::parse(markdown);
        QCOMPARE(probe.rawHtmlOtherThanBr, 0);
        const MarkdownProbe::Table* timeline = tableWithHeader(probe, QStringLiteral("T+"));
        QVERIFY(timeline);
        QCOMPARE(timeline->rows.at(1).at(3), QStringLiteral("two lines\nare fine"));
        QCOMPARE(timeline->rows.at(2).at(3), update.first() + QStringLiteral(" (full text below)"));
        QVERIFY(timeline->rows.at(3).at(3).endsWith(QStringLiteral(" … (full text below)")));
        QVERIFY(timeline->rows.at(3).at(3).size() < 160);

        const qsizetype timelineAt = probe.headings.indexOf(QStringLiteral("Timeline"));
        QCOMPARE(probe.headings.mid(timelineAt, 4),
                 QStringList({"Timeline", tplus(15) + QStringLiteral(" · Status update"),
                              tplus(16) + QStringLiteral(" · Action"), "Impact"}));
        QCOMPARE(probe.quotes.size(), 3); // the summary and the two long entries
        QCOMPARE(probe.quotes.at(1), update.join(QLatin1Char('\n'))); // every line on its own line
        QCOMPARE(probe.quotes.at(2), longAction);
        QVERIFY2(probe.listItems.contains(tplus(16) + QLatin1Char(' ') + timeline->rows.at(3).at(3).chopped(18) +
                                         QStringLiteral(" (full text in the timeline)")),
                 qPrintable(probe.listItems.join(" ¶ ")));
    }

    void sectionsFollowSeed001()
    {
        const QString markdown = PostmortemWriter(QTimeZone::utc()).write(Fixtures::incident(0), checklist());
        const MarkdownProbe probe = MarkdownProbe::parse(markdown);
        QCOMPARE(probe.headings,
                 QStringList({"Checkout API 5xx", "Summary", "Metadata", "Timeline", "Impact", "Detection", "Root cause",
                              "5 Whys", "Root cause", "Contributing factors", "Mitigation and recovery",
                              "Action items", "Lessons learned", "What went well", "What went wrong",
                              "Where we got lucky"}));
        // Sections with nothing yet are headed placeholders to fill.
        QCOMPARE(markdown.count(QStringLiteral("_To be written:")), 12);
    }

    void scenarioWriteUpsLandInTheirSections()
    {
        IncidentData incident = Fixtures::incident(0);
        incident.postmortem.mitigation = QStringLiteral("Rolled back to v41.");
        incident.postmortem.scenarios = {
            {QStringLiteral("deploy"), QStringLiteral("Deploy / release failure"),
             {{QStringLiteral("impact"), QStringLiteral("Impact"), QStringLiteral("checkout 5xx for 12 minutes")},
              {QStringLiteral("rootCause"), QStringLiteral("Cause"), QStringLiteral("confirmed: v42 | bad config")},
              {QStringLiteral("mitigation"), QStringLiteral("Rollback / redeploy record"), QStringLiteral("v41 redeployed at T+14m")},
              {QStringLiteral("actionItems"), QStringLiteral("Follow-up"), QString()}}}};
        const QString markdown = PostmortemWriter(QTimeZone::utc()).write(incident, checklist());
        const MarkdownProbe probe = MarkdownProbe::parse(markdown);
        const auto under = [&markdown](const QString& heading, const QString& next) {
            const qsizetype from = markdown.indexOf(QStringLiteral("## ") + heading);
            return markdown.mid(from, markdown.indexOf(QStringLiteral("## ") + next, from) - from);
        };
        QVERIFY(under(QStringLiteral("Impact"), QStringLiteral("Detection")).contains(QStringLiteral("checkout 5xx for 12 minutes")));
        QVERIFY(!under(QStringLiteral("Impact"), QStringLiteral("Detection")).contains(QStringLiteral("To be written")));
        QVERIFY(under(QStringLiteral("Root cause"), QStringLiteral("Contributing")).contains(QStringLiteral("v42 | bad config")));
        const QString mitigation = under(QStringLiteral("Mitigation"), QStringLiteral("Action items"));
        QVERIFY(mitigation.contains(QStringLiteral("Rolled back to v41.")) && mitigation.contains(QStringLiteral("v41 redeployed")));
        QVERIFY(under(QStringLiteral("Action items"), QStringLiteral("Lessons")).contains(QStringLiteral("To be written"))); // empty entry skipped
        QVERIFY(probe.listItems.contains(QStringLiteral("Deploy / release failure — Cause: confirmed: v42 | bad config")));
    }

    void demoIncidentReadsLikeSeed001()
    {
        QString error;
        auto demo = DemoIncident::fromJson(Fixtures::demoJson(), Fixtures::checklistJson(), &error);
        QVERIFY2(demo, qPrintable(error));
        const QString markdown = PostmortemWriter(QTimeZone::utc()).write(*demo, checklist());
        const MarkdownProbe probe = MarkdownProbe::parse(markdown);

        const MarkdownProbe::Table* timeline = tableWithHeader(probe, QStringLiteral("T+"));
        QVERIFY(timeline);
        QStringList offsets;
        for (int r = 1; r < timeline->rows.size(); ++r)
            offsets << timeline->rows.at(r).at(0);
        QCOMPARE(offsets, QStringList({"T+0:00:00", "T+0:01:30", "T+0:03:00", "T+0:05:00", "T+0:07:00",
                                       "T+0:10:00", "T+0:12:00", "T+0:15:00", "T+0:25:00", "T+1:00:00",
                                       "T+1:02:00", "T+1:05:00", "T+1:08:00", "T+1:16:00", "T+1:30:00",
                                       "T+2:00:00", "T+3:00:00", "T+1d 0:00:00"}));
        QCOMPARE(timeline->rows.at(2).at(2), QStringLiteral("Phase 1: 감지 및 초기 대응"));
        QCOMPARE(timeline->rows.at(2).at(4), QStringLiteral("SRE Team"));
        QVERIFY(timeline->rows.at(2).at(3).contains(QStringLiteral("`hikaricp.connections.active` 20/20")));

        const MarkdownProbe::Table* metadata = tableWithHeader(probe, QStringLiteral("Field"));
        QVERIFY(metadata);
        QHash<QString, QString> meta;
        for (const QStringList& row : metadata->rows)
            meta.insert(row.at(0), row.at(1));
        QVERIFY(meta.value("Severity").startsWith("SEV-2"));
        QCOMPARE(meta.value("Started"), QStringLiteral("2025-12-25 01:14:00 UTC"));
        QCOMPARE(meta.value("Time to detect"), TimeOffset::formatDuration(90'000));
        QCOMPARE(meta.value("Time to mitigate"), TimeOffset::formatDuration(12 * 60'000));
        QCOMPARE(meta.value("Duration"), TimeOffset::formatDuration(76 * 60'000));

        const MarkdownProbe::Table* actions = tableWithHeader(probe, QStringLiteral("Action item"));
        QVERIFY(actions);
        QCOMPARE(actions->rows.size(), 9);
        QCOMPARE(actions->rows.at(1), QStringList({"DB 커넥션 풀 40개로 증가", "Backend Team", "P0", "2025-12-26", "완료"}));
        QCOMPARE(tableWithHeader(probe, QStringLiteral("Factor"))->rows.size(), 5);
        QCOMPARE(markdown.count(QStringLiteral("**Why?")), 5);
        QVERIFY(!markdown.contains(QStringLiteral("_To be written:")));
        QVERIFY2(!markdown.contains(QLatin1Char('\\')), qPrintable(markdown)); // nothing in seed 001 needs escaping
        QCOMPARE(probe.headings.value(1), QStringLiteral("Summary"));
        QVERIFY(probe.quotes.value(0).endsWith(QStringLiteral("쿠폰 발급 지연 8분 30초 발생")));
        // Timeline crossing midnight shows the date.
        QCOMPARE(timeline->rows.last().at(1), QStringLiteral("2025-12-26 01:14:00"));
    }
};

QTEST_GUILESS_MAIN(TestPostmortemWriter)
#include "tst_postmortemwriter.moc"
