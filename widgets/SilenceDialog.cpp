#include "SilenceDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

SilenceDialog::SilenceDialog(const QString& alertName, const QStringList& matchers, const QString& comment,
                             QWidget* parent)
    : QDialog(parent)
    , m_duration(new QComboBox(this))
    , m_comment(new QLineEdit(comment, this))
{
    setWindowTitle(tr("Silence %1").arg(alertName));
    auto* intro = new QLabel(tr("Alertmanager will stop notifying for every alert that matches all of these labels:"), this);
    intro->setWordWrap(true);
    auto* shown = new QPlainTextEdit(matchers.join(QLatin1Char('\n')), this);
    shown->setReadOnly(true);
    shown->setMaximumHeight(qMin(160, 24 + 18 * int(matchers.size())));
    const QList<QPair<QString, int>> durations = {{tr("15 minutes"), 15},  {tr("30 minutes"), 30}, {tr("1 hour"), 60},
                                                  {tr("2 hours"), 120},    {tr("4 hours"), 240},   {tr("8 hours"), 480},
                                                  {tr("24 hours"), 1440}};
    for (const auto& [label, minutes] : durations)
        m_duration->addItem(label, minutes);
    m_duration->setCurrentIndex(2);
    auto* form = new QFormLayout;
    form->addRow(tr("For:"), m_duration);
    form->addRow(tr("Comment:"), m_comment);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Silence"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(shown);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(620, sizeHint().height()); // the comment (incident, title, who) reads whole
}

qint64 SilenceDialog::durationMs() const
{
    return qint64(m_duration->currentData().toInt()) * 60'000;
}

QString SilenceDialog::comment() const
{
    return m_comment->text().trimmed();
}
