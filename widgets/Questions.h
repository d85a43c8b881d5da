#pragma once

#include <QString>

class QWidget;

// A yes/no question with a test seam: a test queues the answer instead of clicking a dialog.
namespace Questions {
bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& yes);
void setNextAnswer(bool yes);
bool answerPending(); // tests: the queued answer has not been used yet
} // namespace Questions
