#include "EventWriter.h"

#include "IncidentStore.h"
#include "StoreThread.h"

EventWriter::EventWriter(QString location, QObject* parent)
    : QObject(parent)
    , m_thread(std::make_unique<StoreThread>(std::move(location), QStringLiteral("event-writer")))
{
    qRegisterMetaType<Outbox::Entry>();
    qRegisterMetaType<IncidentData>();
    qRegisterMetaType<QList<MetricPanelData>>();
    qRegisterMetaType<QList<IncidentSummary>>();
    qRegisterMetaType<QList<TimelineEvent>>();
}

EventWriter::~EventWriter()
{
    m_thread.reset(); // while this is whole: what it runs may still answer through it
}

bool EventWriter::send(IncidentStore& store, Outbox::Entry& entry)
{
    switch (entry.op) {
    case Outbox::Op::Event:
        return store.insertEvent(entry.incidentId, entry.event);
    case Outbox::Op::Header:
        return store.updateHeader(entry.header, &entry.event);
    case Outbox::Op::Checked:
        return store.setChecked(entry.incidentId, entry.itemId, entry.checkedAtMs, entry.event);
    case Outbox::Op::Edit:
        return store.editEvent(entry.incidentId, entry.before, entry.event, entry.editor, entry.editedAtMs);
    case Outbox::Op::Postmortem:
        return store.updatePostmortem(entry.incidentId, entry.postmortem, entry.version, &entry.version);
    case Outbox::Op::Handover:
        return store.handOver(entry.header, entry.event.atMs, entry.event);
    case Outbox::Op::Role:
        return store.takeRole(entry.incidentId, entry.span, entry.announce ? &entry.event : nullptr);
    }
    return false;
}

bool EventWriter::readTheirs(IncidentStore& store, Outbox::Entry& entry)
{
    if (entry.op == Outbox::Op::Edit) {
        const auto theirs = store.loadEvent(entry.incidentId, entry.event.id);
        if (theirs)
            entry.theirEvent = *theirs;
        return theirs.has_value();
    }
    const auto theirs = store.loadIncident(entry.incidentId);
    if (theirs) {
        entry.theirPostmortem = theirs->postmortem;
        entry.theirVersion = theirs->postmortemVersion;
    }
    return theirs.has_value();
}

void EventWriter::write(const Outbox::Entry& entry)
{
    // The thread itself, not m_thread: work still runs while the thread is being stopped.
    m_thread->post([this, thread = m_thread.get(), entry = Outbox::Entry(entry)]() mutable {
        if (m_away) {
            Q_EMIT away(entry); // kept in order behind the one that found the server gone
            return;
        }
        const bool open = thread->open();
        IncidentStore& store = thread->store();
        if (open && send(store, entry)) {
            Q_EMIT recorded(entry);
        } else if (open && store.editConflict() && readTheirs(store, entry)) {
            Q_EMIT conflicted(entry);
        } else if (store.lostConnection()) {
            m_away = true;
            Q_EMIT away(entry);
        } else {
            Q_EMIT refused(entry, store.errorString());
        }
    });
}

void EventWriter::load(qint64 incidentId)
{
    m_thread->post([this, thread = m_thread.get(), incidentId] {
        IncidentStore& store = thread->store();
        // The position first: what other seats commit while the incident loads is read again, never missed.
        const qint64 position = thread->open() ? store.lastChange(incidentId) : -1;
        auto data = position >= 0 ? store.loadIncident(incidentId) : std::nullopt;
        if (data)
            Q_EMIT loaded(incidentId, *data, position);
        else
            Q_EMIT loadFailed(incidentId, store.errorString());
    });
}

void EventWriter::create(const IncidentData& incident)
{
    m_thread->post([this, thread = m_thread.get(), data = IncidentData(incident)]() mutable {
        IncidentStore& store = thread->store();
        if (thread->open() && store.createIncident(data))
            Q_EMIT loaded(0, data, qMax<qint64>(0, store.lastChange(data.id)));
        else
            Q_EMIT loadFailed(0, store.errorString());
    });
}

void EventWriter::loadSamples(qint64 incidentId)
{
    m_thread->post([this, thread = m_thread.get(), incidentId] {
        QList<MetricPanelData> kept;
        if (thread->open())
            kept = thread->store().loadSamples(incidentId);
        Q_EMIT samplesLoaded(incidentId, kept); // none: the charts fetch what Prometheus still has
    });
}

void EventWriter::listIncidents()
{
    m_thread->post([this, thread = m_thread.get()] {
        QList<IncidentSummary> incidents;
        if (thread->open())
            incidents = thread->store().listIncidents();
        Q_EMIT listed(incidents, thread->store().errorString());
    });
}

void EventWriter::loadRevisions(qint64 eventId)
{
    m_thread->post([this, thread = m_thread.get(), eventId] {
        Q_EMIT revisionsLoaded(eventId, thread->open() ? thread->store().revisionsOf(eventId) : QList<TimelineEvent>());
    });
}

void EventWriter::run(std::function<void(IncidentStore& store)> work)
{
    m_thread->post([thread = m_thread.get(), work = std::move(work)] {
        thread->open(); // a store that cannot be opened says why through what the work asks of it
        work(thread->store());
    });
}

void EventWriter::resume()
{
    m_thread->post([this] { m_away = false; });
}

void EventWriter::flush()
{
    m_thread->flush();
}
