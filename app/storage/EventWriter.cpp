#include "EventWriter.h"

#include "IncidentStore.h"
#include "StoreThread.h"

EventWriter::EventWriter(QString location, QObject* parent)
    : QObject(parent)
    , m_thread(std::make_unique<StoreThread>(std::move(location), QStringLiteral("event-writer")))
{
    qRegisterMetaType<Outbox::Entry>();
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
    }
    return false;
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
        } else if (store.lostConnection()) {
            m_away = true;
            Q_EMIT away(entry);
        } else {
            Q_EMIT refused(entry, store.errorString());
        }
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
