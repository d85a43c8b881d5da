#include "ConfirmRequest.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <optional>

namespace {
std::optional<bool>& nextAnswer()
{
    static std::optional<bool> answer;
    return answer;
}
} // namespace

bool ConfirmRequest::ask(QWidget* parent, const QString& title, const QString& request)
{
    if (auto& queued = nextAnswer()) {
        const bool answer = *queued;
        queued.reset();
        return answer;
    }
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Send this request?"));
    auto* text = new QPlainTextEdit(request, &dialog);
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton* send = buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true); // changing things takes a deliberate click
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    Q_UNUSED(send)
    auto* layout = new QVBoxLayout(&dialog);
    auto* heading = new QLabel(tr("%1\nThis request changes something on the server. Check it, then send it.").arg(title), &dialog);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(640, 360);
    return dialog.exec() == QDialog::Accepted;
}

void ConfirmRequest::setNextAnswer(bool send)
{
    nextAnswer() = send;
}
