#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

// Asks before a runbook sends anything but a GET, showing the whole request (secrets masked).
// A test queues the answer instead of clicking a dialog.
class ConfirmRequest
{
    Q_DECLARE_TR_FUNCTIONS(ConfirmRequest)
public:
    static bool ask(QWidget* parent, const QString& title, const QString& request);
    static void setNextAnswer(bool send);
};
