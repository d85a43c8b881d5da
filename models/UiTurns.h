#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

// UI-thread work that takes turns, one piece per pass of the event loop, whoever asked: twenty panels
// answering and replotting in the same frame never hold the UI thread for the sum of their work, and
// input and paints are handled in between.
class UiTurns final : public QObject
{
    Q_OBJECT
public:
    static UiTurns& instance();

    // Runs `work` for `owner` on a later turn; asking again before its turn changes nothing (a replot).
    void request(QObject* owner, std::function<void()> work);
    // Runs `work` on a later turn, after everything already waiting; every call is its own turn (an answer).
    void queue(QObject* owner, std::function<void()> work);
    void cancel(QObject* owner); // done already, or going away: none of its work runs
    int waiting() const { return static_cast<int>(m_waiting.size()); }

private:
    UiTurns();
    void next();

    struct Waiting
    {
        QPointer<QObject> owner;
        std::function<void()> work;
    };
    QList<Waiting> m_waiting;
    QTimer m_turn;
};
