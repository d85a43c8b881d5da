#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

// Charts due for a replot take turns, one per pass of the event loop: twenty panels refreshing in the
// same frame never hold the UI thread for the sum of their replots, and input is handled in between.
class ReplotTurns final : public QObject
{
    Q_OBJECT
public:
    static ReplotTurns& instance();

    // Replots `chart` with `replot` on a later turn; asking again before its turn changes nothing.
    void request(QObject* chart, std::function<void()> replot);
    void cancel(QObject* chart); // replotted already, or going away
    int waiting() const { return static_cast<int>(m_waiting.size()); }

private:
    ReplotTurns();
    void next();

    struct Waiting
    {
        QPointer<QObject> chart;
        std::function<void()> replot;
    };
    QList<Waiting> m_waiting;
    QTimer m_turn;
};
