#pragma once

#include "MessageBar.h"
#include "UpdateCadence.h"

// The reminder to write the next status update: its colour says how late it is, a button opens the
// composer, and a nudge reaches the commander outside the window (tray message, taskbar alert).
class ReminderBar final : public MessageBar
{
    Q_OBJECT
public:
    explicit ReminderBar(QWidget* parent = nullptr);

    void showReminder(UpdateCadence::State state, const QString& text); // empty text: hidden
    void nudge(const QString& text, bool firstAtThisLevel);

Q_SIGNALS:
    void writeRequested();
};
