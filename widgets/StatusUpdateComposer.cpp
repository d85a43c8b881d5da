#include "StatusUpdateComposer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

StatusUpdateComposer::StatusUpdateComposer(QWidget* parent)
    : QWidget(parent)
    , m_audience(new QComboBox(this))
    , m_audienceHelp(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_heading(new QLabel(this))
    , m_form(new QFormLayout)
    , m_text(new QPlainTextEdit(this))
    , m_refill(new QPushButton(tr("Refill from the template"), this))
    , m_webhook(new QCheckBox(this))
    , m_publish(new QPushButton(tr("Publish update"), this))
    , m_result(new QLabel(this))
{
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    m_text->setTabChangesFocus(true);
    m_text->setAccessibleName(tr("Status update text"));
    m_publish->setToolTip(tr("Record the update in the timeline (Ctrl+Return); the next one is then due after the "
                             "SEV's cadence"));
    m_result->setWordWrap(true);
    m_audience->setAccessibleName(tr("Audience"));
    m_audienceHelp->setWordWrap(true);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #8a1c1c; font-weight: bold;"));
    m_warning->hide();
    auto* audienceRow = new QHBoxLayout;
    auto* audienceLabel = new QLabel(tr("&Audience:"), this);
    audienceLabel->setBuddy(m_audience);
    audienceRow->addWidget(audienceLabel);
    audienceRow->addWidget(m_audience);
    audienceRow->addWidget(m_audienceHelp, 1);
    connect(m_audience, &QComboBox::currentIndexChanged, this, [this] {
        const ReportAudience* a = chosenAudience();
        m_audienceHelp->setText(a ? a->description : QString());
        m_editedByHand = false; // another audience needs another text
        refill();
    });
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_refill);
    buttons->addStretch();
    buttons->addWidget(m_webhook);
    buttons->addWidget(m_publish);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(audienceRow);
    layout->addLayout(m_form);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_warning);
    layout->addLayout(buttons);
    layout->addWidget(m_result);

    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            m_editedByHand = true;
        checkRawDetails();
    });
    connect(m_refill, &QPushButton::clicked, this, [this] {
        m_editedByHand = false;
        refill();
    });
    auto publish = [this] {
        if (!m_publish->isEnabled())
            return; // the warning says why
        const ReportAudience* a = chosenAudience();
        Q_EMIT publishRequested(text(), m_webhook->isEnabled() && m_webhook->isChecked(),
                                a && a->id != ReportTemplates::Internal ? a->label : QString());
    };
    connect(m_publish, &QPushButton::clicked, this, publish);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, this, publish, Qt::WidgetWithChildrenShortcut);
    setWebhookAvailable(false, QString());
}

void StatusUpdateComposer::setTemplate(const SevReportTemplate& report)
{
    const bool changed = report.severity != m_template.severity || m_fields.isEmpty();
    m_template = report;
    m_heading->setText(tr("%1 status update — every %2 minutes. Fill what the template asks; the rest comes from "
                          "the incident.")
                           .arg(SeverityInfo::label(report.severity))
                           .arg(report.cadenceMinutes));
    if (changed) {
        QHash<QString, QString> kept;
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
            kept.insert(it.key(), it.value()->text());
        while (m_form->rowCount() > 0)
            m_form->removeRow(0);
        m_fields.clear();
        for (const TemplateField& f : report.fields) {
            auto* edit = new QLineEdit(kept.value(f.id), this);
            edit->setObjectName(f.id);
            connect(edit, &QLineEdit::textChanged, this, &StatusUpdateComposer::refill);
            m_form->addRow(f.label, edit);
            m_fields.insert(f.id, edit);
        }
        m_editedByHand = false;
    }
    offerAudiences();
    refill();
}

void StatusUpdateComposer::setAudiences(const QList<ReportAudience>& audiences)
{
    m_audiences = audiences;
    offerAudiences();
}

void StatusUpdateComposer::offerAudiences()
{
    const QString chosen = audience();
    const QSignalBlocker quiet(m_audience);
    m_audience->clear();
    for (const ReportAudience& a : m_audiences) {
        if (!m_template.formatFor(a.id).isEmpty() || a.id == ReportTemplates::Internal)
            m_audience->addItem(a.label, a.id);
    }
    const int keep = m_audience->findData(chosen);
    m_audience->setCurrentIndex(keep >= 0 ? keep : 0);
    const ReportAudience* a = chosenAudience();
    m_audienceHelp->setText(a ? a->description : QString());
    m_audience->setEnabled(m_audience->count() > 1);
}

QString StatusUpdateComposer::audience() const
{
    const QString id = m_audience->currentData().toString();
    return id.isEmpty() ? ReportTemplates::Internal : id;
}

const ReportAudience* StatusUpdateComposer::chosenAudience() const
{
    for (const ReportAudience& a : m_audiences) {
        if (a.id == audience())
            return &a;
    }
    return nullptr;
}

void StatusUpdateComposer::checkRawDetails()
{
    const ReportAudience* a = chosenAudience();
    // Only the responders' own update may carry URLs, hosts and answers.
    const QStringList raw = a && a->id != ReportTemplates::Internal ? ReportComposer::rawDetails(text()) : QStringList();
    m_warning->setVisible(!raw.isEmpty());
    m_warning->setText(raw.isEmpty() ? QString()
                                     : tr("This update goes to %1 but contains raw request details: %2. Remove them "
                                          "before publishing.")
                                           .arg(a->label, raw.join(QStringLiteral(", "))));
    m_publish->setEnabled(raw.isEmpty());
}

void StatusUpdateComposer::setContext(const ReportContext& context)
{
    m_context = context;
    refill();
}

void StatusUpdateComposer::setWebhookAvailable(bool available, const QString& host)
{
    m_webhook->setEnabled(available);
    m_webhook->setChecked(available);
    m_webhook->setText(available ? tr("Also post to %1").arg(host) : tr("No webhook configured"));
    m_webhook->setToolTip(tr("Set the webhook URL in the environment variable IC_STATUS_WEBHOOK_URL or the "
                             "settings key webhookUrl"));
}

void StatusUpdateComposer::setResult(const QString& message, bool ok)
{
    m_result->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #8a1c1c;"));
    m_result->setText(message);
}

void StatusUpdateComposer::clearAfterPublish()
{
    m_editedByHand = false;
    refill();
}

QString StatusUpdateComposer::text() const
{
    return m_text->toPlainText().trimmed();
}

void StatusUpdateComposer::refill()
{
    if (m_editedByHand || m_template.format.isEmpty())
        return; // the commander's own words win until they ask for a refill
    QHash<QString, QString> values;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        values.insert(it.key(), it.value()->text());
    m_filling = true;
    const ReportAudience* a = chosenAudience();
    m_text->setPlainText(a ? ReportComposer::fill(m_template, m_context, values, *a)
                           : ReportComposer::fill(m_template, m_context, values));
    m_filling = false;
}
