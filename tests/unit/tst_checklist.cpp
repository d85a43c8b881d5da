#include "Checklist.h"

#include <QFile>
#include <QTest>

class TestChecklist final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shippedChecklistFollowsSeed004()
    {
        QFile file(QStringLiteral(IC_CHECKLIST_JSON));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        QString error;
        const auto en = ChecklistDefinition::fromJson(json, QStringLiteral("en"), &error);
        QVERIFY2(en, qPrintable(error));
        QStringList ids;
        QList<int> counts;
        for (const ChecklistPhase& p : en->phases) {
            ids << p.id;
            counts << static_cast<int>(p.items.size());
        }
        QCOMPARE(ids, QStringList({"triage", "stabilize", "diagnose", "recover", "post-incident"}));
        QCOMPARE(counts, QList<int>({2, 4, 3, 3, 3}));
        QCOMPARE(en->phases.at(0).title, QStringLiteral("Triage"));
        const auto ko = ChecklistDefinition::fromJson(json, QStringLiteral("ko"), &error);
        QVERIFY(ko);
        QCOMPARE(ko->phases.at(0).title, QStringLiteral("초기 분류(트리아지)"));
        QCOMPARE(ko->phases.at(2).items.at(0).text, QStringLiteral("헬스 엔드포인트 확인 (/health/live, /health/ready)"));
    }

    void unknownLanguageFallsBackToEnglish()
    {
        const auto def = ChecklistDefinition::fromJson(
            R"({"phases":[{"id":"p","title":{"en":"Phase","ko":"단계"},"items":[{"id":"a","text":"plain"}]}]})",
            QStringLiteral("de"), nullptr);
        QVERIFY(def);
        QCOMPARE(def->phases.at(0).title, QStringLiteral("Phase"));
        QCOMPARE(def->phases.at(0).items.at(0).text, QStringLiteral("plain"));
    }

    void brokenFilesAreExplained_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{phases: [") << "not valid JSON";
        QTest::newRow("no phases") << QByteArray("{\"id\": \"x\"}") << "no \"phases\"";
        QTest::newRow("phase without id") << QByteArray(R"({"phases":[{"items":[]}]})") << "no \"id\"";
        QTest::newRow("item without text")
            << QByteArray(R"({"phases":[{"id":"p","items":[{"id":"a"}]}]})") << "phase \"p\"";
        QTest::newRow("duplicate item id")
            << QByteArray(R"({"phases":[{"id":"p","items":[{"id":"a","text":"x"},{"id":"a","text":"y"}]}]})")
            << "appears twice";
    }
    void brokenFilesAreExplained()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!ChecklistDefinition::fromJson(json, QStringLiteral("en"), &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestChecklist)
#include "tst_checklist.moc"
