#include "runbook/RunbookImporter.h"
#include "runbook/RunbookReport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
QString corpusDir()
{
    return QStringLiteral(IC_RUNBOOK_CORPUS);
}

QJsonObject expectations()
{
    QFile file(corpusDir() + QStringLiteral("/expected.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out << s.toString();
    return out;
}

struct Steps
{
    QStringList checks;
    QList<QStringList> http; // method, url, body, jq
    QStringList copies;
};

Steps stepsOf(const Runbook& r)
{
    Steps s;
    for (const RunbookSection& section : r.sections) {
        for (const RunbookStep& step : section.steps) {
            if (step.kind == RunbookStep::Check)
                s.checks << step.text;
            else if (step.kind == RunbookStep::Copy)
                s.copies << step.command;
            else
                s.http << QStringList{step.action.method, QString(step.action.url).replace(QLatin1String("$$"), QLatin1String("$")),
                                      QString(step.action.body).replace(QLatin1String("$$"), QLatin1String("$")), step.action.jq};
        }
    }
    return s;
}
} // namespace

// Runbooks as other teams write them (Korean and English; GitHub, Confluence and Notion exports;
// PowerShell, console, cmd and plain fences; tables; nested lists; CRLF): each gives exactly the
// items, HTTP actions and copies listed in expected.json, and its prose, diagrams and output as text.
class TestRunbookCorpus final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void corpusIsLargeAndVaried()
    {
        const QJsonObject all = expectations();
        QVERIFY2(all.size() >= 20, "the corpus holds at least 20 runbooks");
        const QStringList files = QDir(corpusDir()).entryList({QStringLiteral("*.md")}, QDir::Files);
        QCOMPARE(files.size(), all.size()); // every runbook has its expectations, and the other way round
        int crlf = 0;
        for (const QString& name : files) {
            QFile f(corpusDir() + QLatin1Char('/') + name);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray text = f.readAll();
            crlf += text.contains("\r\n") ? 1 : 0;
            QCOMPARE(text.contains("\r\n"), name.contains(QStringLiteral("-crlf")));
        }
        QVERIFY(crlf >= 2);
    }

    void runbookGivesExactlyItsSteps_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QJsonObject>("expected");
        const QJsonObject all = expectations();
        for (auto it = all.constBegin(); it != all.constEnd(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.key() << it.value().toObject();
    }

    void runbookGivesExactlyItsSteps()
    {
        QFETCH(QString, file);
        QFETCH(QJsonObject, expected);
        const Runbook r = RunbookImporter::importFile(corpusDir() + QLatin1Char('/') + file);
        QVERIFY(!r.hasErrors());
        const Steps got = stepsOf(r);
        QCOMPARE(got.checks, strings(expected.value(QStringLiteral("checks"))));
        QCOMPARE(got.copies, strings(expected.value(QStringLiteral("copies"))));
        QList<QStringList> http;
        for (const QJsonValue& v : expected.value(QStringLiteral("http")).toArray()) {
            const QJsonObject o = v.toObject();
            http << QStringList{o.value(QStringLiteral("method")).toString(), o.value(QStringLiteral("url")).toString(),
                                o.value(QStringLiteral("body")).toString(), o.value(QStringLiteral("jq")).toString()};
        }
        QCOMPARE(got.http, http);
    }

    void proseDiagramsAndOutputAreShownNeverButtons_data()
    {
        runbookGivesExactlyItsSteps_data();
    }

    void proseDiagramsAndOutputAreShownNeverButtons()
    {
        QFETCH(QString, file);
        QFETCH(QJsonObject, expected);
        const Runbook r = RunbookImporter::importFile(corpusDir() + QLatin1Char('/') + file);
        QString shown;
        QString buttons;
        for (const RunbookSection& section : r.sections) {
            for (const RunbookText& t : section.texts)
                shown += t.markdown + QLatin1Char('\n');
            for (const RunbookStep& s : section.steps)
                buttons += s.command + QLatin1Char('\n'); // a label may repeat its heading; the command is the button
        }
        for (const QString& phrase : strings(expected.value(QStringLiteral("texts_only")))) {
            QVERIFY2(shown.contains(phrase), qPrintable(QStringLiteral("not shown as text: ") + phrase));
            QVERIFY2(!buttons.contains(phrase), qPrintable(QStringLiteral("offered as a step: ") + phrase));
        }
    }

    // `runbook check --json` is the contract: every step with its kind and line; HTTP steps with
    // method, url, headers, body, jq and variables.
    void checkJsonCarriesEveryStep_data()
    {
        runbookGivesExactlyItsSteps_data();
    }

    void checkJsonCarriesEveryStep()
    {
        QFETCH(QString, file);
        const Runbook r = RunbookImporter::importFile(corpusDir() + QLatin1Char('/') + file);
        const QJsonObject json = QJsonDocument::fromJson(RunbookReport::json(r).toUtf8()).object();
        const QJsonArray sections = json.value(QStringLiteral("sections")).toArray();
        QCOMPARE(sections.size(), r.sections.size());
        for (int s = 0; s < sections.size(); ++s) {
            const QJsonArray steps = sections.at(s).toObject().value(QStringLiteral("steps")).toArray();
            QCOMPARE(steps.size(), r.sections.at(s).steps.size());
            for (int i = 0; i < steps.size(); ++i) {
                const QJsonObject o = steps.at(i).toObject();
                const RunbookStep& step = r.sections.at(s).steps.at(i);
                QCOMPARE(o.value(QStringLiteral("line")).toInt(), step.line);
                QVERIFY(step.line > 0);
                const QString kind = o.value(QStringLiteral("kind")).toString();
                QCOMPARE(kind, step.kind == RunbookStep::Check ? "check" : step.kind == RunbookStep::Http ? "http" : "copy");
                if (step.kind != RunbookStep::Http)
                    continue;
                for (const char* key : {"method", "url", "headers", "body", "jq", "variables"})
                    QVERIFY2(o.contains(QLatin1String(key)), key);
                QCOMPARE(o.value(QStringLiteral("method")).toString(), step.action.method);
                QCOMPARE(o.value(QStringLiteral("headers")).toArray().size(), step.action.headers.size());
                QCOMPARE(strings(o.value(QStringLiteral("variables"))), step.action.variables);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRunbookCorpus)
#include "tst_runbookcorpus.moc"
