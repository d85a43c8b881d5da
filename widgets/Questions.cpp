#include "Questions.h"

#include <QMessageBox>
#include <QPushButton>
#include <optional>

namespace {
std::optional<bool>& nextAnswer()
{
    static std::optional<bool> next;
    return next;
}
} // namespace

bool Questions::confirm(QWidget* parent, const QString& title, const QString& text, const QString& yes)
{
    if (auto& queued = nextAnswer()) {
        const bool answer = *queued;
        queued.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton* accept = box.addButton(yes, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel); // Enter by habit must not do the drastic thing
    box.exec();
    return box.clickedButton() == accept;
}

void Questions::setNextAnswer(bool yes)
{
    nextAnswer() = yes;
}

bool Questions::answerPending()
{
    return nextAnswer().has_value();
}
