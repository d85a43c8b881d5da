#include "ConnectionBadge.h"

#include <QDateTime>

ConnectionBadge::ConnectionBadge(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setStyleSheet(QStringLiteral("QLabel { background: #b71c1c; color: white; padding: 1px 8px; font-weight: bold; }"));
    hide();
}

void ConnectionBadge::setState(qint64 offlineSinceMs, int waiting)
{
    if (offlineSinceMs == 0 && waiting == 0) {
        hide();
        return;
    }
    const QString since = QDateTime::fromMSecsSinceEpoch(offlineSinceMs).toString(QStringLiteral("HH:mm"));
    setText(offlineSinceMs != 0 ? tr("Offline since %1 · %n event(s) waiting", nullptr, waiting).arg(since)
                                : tr("Sending %n waiting event(s)", nullptr, waiting));
    setToolTip(tr("The shared incident store cannot be reached. What you record is kept on this machine and "
                  "sent, once each, when the connection is back."));
    show();
}
