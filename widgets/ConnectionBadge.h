#pragma once

#include <QLabel>

// The shared store's state on a seat: hidden while connected; "Offline since 14:02 · 3 events waiting"
// in red while it is not, so nobody takes waiting work for recorded work.
class ConnectionBadge final : public QLabel
{
    Q_OBJECT
public:
    explicit ConnectionBadge(QWidget* parent = nullptr);
    void setState(qint64 offlineSinceMs, int waiting); // offlineSinceMs 0: connected
};
