#include "ReminderBar.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QToolButton>

ReminderBar::ReminderBar(QWidget* parent)
    : MessageBar(parent)
{
    connect(addButton(tr("Write the update (Ctrl+U)")), &QToolButton::clicked, this, &ReminderBar::writeRequested);
}

void ReminderBar::showReminder(UpdateCadence::State state, const QString& text)
{
    if (text.isEmpty()) {
        hide();
        return;
    }
    using State = UpdateCadence::State;
    showMessage(text, state == State::Due       ? QStringLiteral("background: #fff3cd; color: #5c3d00;")
                      : state == State::Overdue ? QStringLiteral("background: #ffd8a8; color: #5c1f00; font-weight: bold;")
                                                : QStringLiteral("background: #c62828; color: white; font-weight: bold;"));
}

void ReminderBar::nudge(const QString& text, bool firstAtThisLevel)
{
    if (firstAtThisLevel && QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        auto* tray = window()->findChild<QSystemTrayIcon*>();
        if (!tray) {
            tray = new QSystemTrayIcon(window()->windowIcon(), window());
            tray->show();
        }
        tray->showMessage(tr("Status update due"), text, QSystemTrayIcon::Warning, 10'000);
    }
    QApplication::alert(window());
}
