// The controllers beside the main window, driven without any window.
#include "Fixtures.h"
#include "Incident.h"
#include "IncidentService.h"
#include "IncidentWindow.h"
#include "MetricRouting.h"
#include "MetricsController.h"
#include "PostmortemExporter.h"
#include "Severity.h"
#include "StatusUpdateComposer.h"
#include "StatusUpdates.h"
#include "TestClock.h"
#include "UpdateReminder.h"
#include "network/Network.h"
#include "storage/IncidentStore.h"
#include "storage/SampleWriter.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestControllers final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    TestClock m_clock;
    std::unique_ptr<IncidentStore> m_store;
    std::unique_ptr<IncidentService> m_service;

    void declare(const QString& title)
    {
        QVERIFY(m_service->declare({title, Severity::Sev2, QStringLiteral("Kim"), 0}));
    }

private Q_SLOTS:
    void init()
    {
        m_service.reset();
        m_store = std::make_unique<IncidentStore>();
        static int n = 0;
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++n))));
        m_service = std::make_unique<IncidentService>(*m_store, m_clock, Fixtures::checklistJson(), QStringLiteral("en"));
    }

    // SEV-2 asks every 30 minutes: quiet until due, a nudge each time it gets later, then one a minute
    // while overdue; a published update starts the cycle again.
    void reminderGetsMoreInsistentTheLaterItGets()
    {
        UpdateReminder reminder(*m_service);
        QSignalSpy nudges(&reminder, &UpdateReminder::nudged);
        reminder.check();
        QCOMPARE(reminder.current().state, UpdateCadence::State::None);
        declare(QStringLiteral("Checkout 5xx"));
        QCOMPARE(SeverityInfo::updateCadenceMinutes(Severity::Sev2), 30);
        reminder.check();
        QCOMPARE(reminder.current().state, UpdateCadence::State::OnTrack);
        QVERIFY(reminder.current().text.isEmpty());

        m_clock.advanceMinutes(30);
        reminder.check();
        QCOMPARE(reminder.current().state, UpdateCadence::State::Due);
        QVERIFY2(reminder.current().text.contains(QStringLiteral("a status update is due")), qPrintable(reminder.current().text));
        QCOMPARE(nudges.size(), 1);
        QCOMPARE(nudges.at(0).at(1).toBool(), true);
        m_clock.advanceMinutes(2);
        reminder.check();
        QCOMPARE(nudges.size(), 1); // due: no repeat

        m_clock.advanceMinutes(4); // 36 minutes: overdue
        reminder.check();
        QCOMPARE(reminder.current().state, UpdateCadence::State::Overdue);
        QCOMPARE(nudges.size(), 2);
        QCOMPARE(nudges.at(1).at(1).toBool(), true);
        m_clock.advanceMinutes(0.5);
        reminder.check();
        QCOMPARE(nudges.size(), 2);
        m_clock.advanceMinutes(0.5);
        reminder.check();
        QCOMPARE(nudges.size(), 3); // a minute on: a repeat
        QCOMPARE(nudges.at(2).at(1).toBool(), false);

        QVERIFY(m_service->publishStatusUpdate(QStringLiteral("Mitigation in progress")));
        reminder.check();
        QCOMPARE(reminder.current().state, UpdateCadence::State::OnTrack);
        QVERIFY(reminder.current().text.isEmpty());
    }

    // Live while the incident runs; once resolved, its own window, once, from the kept samples. It
    // follows the service: opening an incident or resolving it moves the charts without being asked.
    void routingShowsTheIncidentsTime()
    {
        MetricRouting routing(*m_service, nullptr);
        QSignalSpy live(&routing, &MetricRouting::followingLive);
        QSignalSpy window(&routing, &MetricRouting::showingWindow);
        declare(QStringLiteral("Kafka lag"));
        QCOMPARE(live.size(), 1);
        m_clock.advanceMinutes(45);
        QVERIFY(m_service->setStatus(IncidentStatus::Resolved));
        QCOMPARE(window.size(), 1);
        const auto [from, to] = IncidentWindow::of(m_service->current()->data(), m_clock.nowMs());
        QCOMPARE(window.at(0).at(0).toDouble(), from);
        QCOMPARE(window.at(0).at(1).toDouble(), to);
        QCOMPARE(window.at(0).at(2).toDouble(), m_service->current()->data().resolvedMs / 1000.0);
        m_clock.advanceMinutes(60 * 24);
        routing.showIncident();
        QCOMPARE(window.size(), 1); // the same incident: shown once
        QCOMPARE(live.size(), 1);
    }

    // Samples the metrics bring are kept with the open incident.
    void routingKeepsSamplesWithTheIncident()
    {
        Network network;
        MetricsController metrics(network, m_clock);
        MetricRouting routing(*m_service, &metrics);
        declare(QStringLiteral("Kafka lag"));
        PanelDefinition panel;
        panel.id = QStringLiteral("lag");
        panel.title = QStringLiteral("Lag");
        MetricSeries series(QStringLiteral("{topic=\"a\"}"), QStringLiteral("a"));
        series.merge({m_clock.nowMs() / 1000.0 - 30, m_clock.nowMs() / 1000.0}, {5.0, 7.0});
        Q_EMIT metrics.samplesArrived(panel, {series});
        const QList<MetricPanelData> kept = m_service->keptSamples(m_service->current()->id());
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.at(0).definition.id, QStringLiteral("lag"));
        QCOMPARE(kept.at(0).series.at(0).values(), (std::vector<double>{5.0, 7.0}));
    }

    // An update is recorded with the audience it was written for, and the composer starts afresh.
    void statusUpdatesAreRecordedForTheirAudience()
    {
        StatusUpdateComposer composer;
        StatusUpdates updates(*m_service, nullptr, nullptr, ReportTemplates(), &composer);
        QSignalSpy published(&updates, &StatusUpdates::published);
        QVERIFY(!updates.publish(QStringLiteral("nothing open"), false, QString())); // no incident: nothing recorded
        declare(QStringLiteral("Checkout 5xx"));
        updates.refresh();
        QVERIFY(composer.isEnabled());
        QVERIFY(updates.publish(QStringLiteral("Mitigation in progress"), false, QStringLiteral("External (stakeholders)")));
        QCOMPARE(m_service->current()->events().last().text,
                 QStringLiteral("[External (stakeholders)] Mitigation in progress"));
        QCOMPARE(m_service->current()->events().last().kind, EventKind::StatusUpdate);
        QCOMPARE(published.size(), 1);
        QCOMPARE(published.at(0).at(0).toInt(), 30);
    }

    void exporterNamesWritesAndRefuses()
    {
        PostmortemExporter exporter(*m_service);
        QCOMPARE(exporter.suggestedPath(m_dir.path()), QString());
        declare(QStringLiteral("Checkout API 5xx / EU"));
        const qint64 id = m_service->current()->id();
        QCOMPARE(exporter.suggestedPath(m_dir.path()),
                 m_dir.filePath(QStringLiteral("postmortem-%1-checkout-api-5xx-eu.md").arg(id)));
        QSignalSpy exported(&exporter, &PostmortemExporter::exported);
        QSignalSpy failed(&exporter, &PostmortemExporter::failed);
        const QString path = m_dir.filePath(QStringLiteral("pm.md"));
        QVERIFY(exporter.exportTo(path));
        QCOMPARE(exported.size(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("Checkout API 5xx / EU"));
        QVERIFY(exporter.exportTo(m_store->path())); // the store itself: refused, and said why
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(m_store->path()), qPrintable(failed.at(0).at(0).toString()));
    }

    // In the window the samples are kept by the sample writer: the export reads them on its thread, after
    // the last batch it was given, and writes the file when they arrive.
    void theWindowsExportReadsSamplesOffTheUiThread()
    {
        declare(QStringLiteral("Kafka lag"));
        SampleWriter samples(m_store->path());
        m_service->setSampleWriter(&samples);
        PostmortemExporter exporter(*m_service);
        QSignalSpy exported(&exporter, &PostmortemExporter::exported);
        const QString path = m_dir.filePath(QStringLiteral("pm-threaded.md"));
        QVERIFY(exporter.exportTo(path));
        QCOMPARE(exported.size(), 0); // not before the samples are read
        QTRY_COMPARE(exported.size(), 1);
        QVERIFY(QFile::exists(path));
        m_service->setSampleWriter(nullptr);
    }
};

QTEST_MAIN(TestControllers)
#include "tst_controllers.moc"
