#include "Checklist.h"
#include "DemoIncident.h"
#include "Fixtures.h"
#include "MarkdownProbe.h"
#include "PostmortemWriter.h"

#include <QTest>

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

ChecklistDefinition checklist()
{
    return *ChecklistDefinition::fromJson(Fixtures::checklistJson(), QStringLiteral("en"), nullptr);
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
    void anyTextStaysLiteral_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << "DB pool exhausted";
        QTest::newRow("pipe in cell") << "active | pending 20|15";
        QTest::newRow("newline") << "first line\nsecond line";
        QTest::newRow("crlf input") << "first\r\nsecond";
        QTest::newRow("backticks") << "`hikaricp.connections.active` 20/20";
        QTest::newRow("unmatched backtick") << "a ` b";
        QTest::newRow("angle brackets") << "<script>alert(1)</script> & <b>";
        QTest::newRow("literal br") << "keep <br> as text";
        QTest::newRow("korean") << "DB 커넥션 풀 고갈 확인, Slow Query 로그 분석 시작";
        QTest::newRow("emphasis markers") << "*bold* _under_ **strong** ~~strike~~";
        QTest::newRow("heading at line start") << "# not a heading\n## nor this";
        QTest::newRow("list markers") << "- item\n+ item\n1. first\n2) second";
        QTest::newRow("thematic break") << "above\n---\n***";
        QTest::newRow("setext underline") << "title\n===";
        QTest::newRow("link syntax") << "[click](http://example.invalid) ![img](x.png)";
        QTest::newRow("entity") << "&amp; &lt; &#65;";
        QTest::newRow("backslashes") << R"(C:\path\ and \| and trailing\)";
        QTest::newRow("indented code") << "    indented four spaces";
        QTest::newRow("table delimiter") << "|---|---|";
        QTest::newRow("quote marker") << "> quoted";
        QTest::newRow("dollar math") << "$x$ and $$y$$";
        QTest::newRow("emoji") << "✅ 검증 → 에러율 1.2%";
    }
    void anyTextStaysLiteral()
    {
        QFETCH(QString, text);
        IncidentData incident = Fixtures::incident(0);
        incident.title = text;
        incident.postmortem.impact = text;
        incident.events = {Fixtures::event(1, 90'000, EventKind::Note, text)};
        incident.events[0].author = text;
        incident.postmortem.actionItems = {{text, QStringLiteral("SRE"), QStringLiteral("P1"),
                                            QStringLiteral("2026-01-05"), QStringLiteral("open")}};

        const QString markdown = PostmortemWriter(QTimeZone::utc()).write(incident, checklist());
        const MarkdownProbe probe = MarkdownProbe::parse(markdown);
        QVERIFY(probe.ok);
        QCOMPARE(probe.rawHtmlOtherThanBr, 0);

        QString title = text;
        title.replace(QLatin1String("\r\n"), QLatin1String(" ")).replace(QLatin1Char('\n'), QLatin1Char(' '));
        QCOMPARE(probe.headings.value(0), title.trimmed());

        const MarkdownProbe::Table* timeline = tableWithHeader(probe, QStringLiteral("T+"));
        QVERIFY(timeline);
        QCOMPARE(timeline->rows.size(), 2);
        QCOMPARE(timeline->rows.at(1).size(), 5);
        QCOMPARE(timeline->rows.at(1).at(0), QStringLiteral("T+0:01:30"));
        QCOMPARE(timeline->rows.at(1).at(3), normalized(text));
        QCOMPARE(timeline->rows.at(1).at(4), normalized(text));

        const MarkdownProbe::Table* actions = tableWithHeader(probe, QStringLiteral("Action item"));
        QVERIFY(actions);
        QCOMPARE(actions->rows.at(1), QStringList({normalized(text), "SRE", "P1", "2026-01-05", "open"}));

        const int impact = static_cast<int>(probe.headings.indexOf(QStringLiteral("Impact")));
        QVERIFY(impact > 0);
        QVERIFY2(probe.paragraphs.contains(normalized(text)), qPrintable(probe.paragraphs.join(" ¶ ")));
    }

    void sectionsFollowSeed001()
    {
        const QString markdown = PostmortemWriter(QTimeZone::utc()).write(Fixtures::incident(0), checklist());
        const MarkdownProbe probe = MarkdownProbe::parse(markdown);
        QCOMPARE(probe.headings,
                 QStringList({"Checkout API 5xx", "Metadata", "Timeline", "Impact", "Detection", "Root cause",
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
        QVERIFY(under(QStringLiteral("Root cause"), QStringLiteral("Contributing")).contains(QStringLiteral("v42 \\| bad config")));
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
        QCOMPARE(meta.value("Time to detect"), QStringLiteral("1.5m"));
        QCOMPARE(meta.value("Time to mitigate"), QStringLiteral("12m"));
        QCOMPARE(meta.value("Duration"), QStringLiteral("1h 16m"));

        const MarkdownProbe::Table* actions = tableWithHeader(probe, QStringLiteral("Action item"));
        QVERIFY(actions);
        QCOMPARE(actions->rows.size(), 9);
        QCOMPARE(actions->rows.at(1), QStringList({"DB 커넥션 풀 40개로 증가", "Backend Team", "P0", "2025-12-26", "완료"}));
        QCOMPARE(tableWithHeader(probe, QStringLiteral("Factor"))->rows.size(), 5);
        QCOMPARE(markdown.count(QStringLiteral("**Why?")), 5);
        QVERIFY(!markdown.contains(QStringLiteral("_To be written:")));
        // Timeline crossing midnight shows the date.
        QCOMPARE(timeline->rows.last().at(1), QStringLiteral("2025-12-26 01:14:00"));
    }
};

QTEST_GUILESS_MAIN(TestPostmortemWriter)
#include "tst_postmortemwriter.moc"
