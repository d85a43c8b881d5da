#include "DeclareIncidentDialog.h"

#include "Incident.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

DeclareIncidentDialog::DeclareIncidentDialog(const QDateTime& now, const QString& commander, QWidget* parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_definition(new QLabel(this))
    , m_commander(new QLineEdit(commander, this))
    , m_started(new QDateTimeEdit(now, this))
    , m_problem(new QLabel(this))
    , m_origin(new QLabel(this))
    , m_now(now)
{
    setWindowTitle(tr("Declare incident"));
    m_title->setPlaceholderText(tr("What is broken, e.g. \"Checkout API 5xx\""));
    for (Severity s : SeverityInfo::all())
        m_severity->addItem(SeverityInfo::label(s) + QStringLiteral(" — ") + SeverityInfo::definition(s),
                            static_cast<int>(s));
    // No SEV is chosen for the commander: a default would be declared by habit.
    m_severity->setPlaceholderText(tr("Choose the SEV…"));
    m_severity->setCurrentIndex(-1);
    m_definition->setWordWrap(true);
    m_started->setCalendarPopup(true);
    m_started->setMaximumDateTime(now);
    m_started->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_started->setToolTip(tr("When the impact began; set it earlier if the incident started before you declared it."));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Severity"), m_severity);
    form->addRow(QString(), m_definition);
    form->addRow(tr("&Commander"), m_commander);
    form->addRow(tr("&Started"), m_started);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Declare"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DeclareIncidentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeclareIncidentDialog::reject);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &DeclareIncidentDialog::showDefinition);

    m_origin->setWordWrap(true);
    m_origin->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_origin);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    showDefinition();
    resize(560, sizeHint().height());
}

void DeclareIncidentDialog::showDefinition()
{
    if (m_severity->currentIndex() < 0) {
        m_definition->setText(tr("Choose the SEV: it says how bad this is and how often status updates are due."));
        return;
    }
    const Severity s = severity();
    m_definition->setText(tr("%1: %2. Status updates every %3 minutes.")
                              .arg(SeverityInfo::label(s), SeverityInfo::definition(s))
                              .arg(SeverityInfo::updateCadenceMinutes(s)));
}

QString DeclareIncidentDialog::title() const
{
    return m_title->text().trimmed();
}

Severity DeclareIncidentDialog::severity() const
{
    return SeverityInfo::fromNumber(m_severity->currentData().toInt()).value_or(Severity::Sev2);
}

QString DeclareIncidentDialog::commander() const
{
    return m_commander->text().trimmed();
}

QDateTime DeclareIncidentDialog::started() const
{
    return m_started->dateTime();
}

void DeclareIncidentDialog::prefill(const QString& title, Severity severity, const QDateTime& started,
                                    const QString& origin)
{
    m_title->setText(title);
    m_severity->setCurrentIndex(m_severity->findData(static_cast<int>(severity)));
    m_started->setDateTime(qMin(started, m_now));
    m_origin->setText(origin);
    m_origin->show();
    resize(width(), sizeHint().height()); // the origin and the SEV's definition take lines of their own
}

void DeclareIncidentDialog::accept()
{
    auto refuse = [this](const QString& problem, QWidget* field) {
        m_problem->setText(problem);
        m_problem->show();
        field->setFocus();
    };
    if (const QString problem = Incident::titleProblem(m_title->text()); !problem.isEmpty())
        return refuse(problem, m_title);
    if (m_severity->currentIndex() < 0)
        return refuse(tr("Choose the SEV; the definitions are beside each level."), m_severity);
    if (commander().isEmpty())
        return refuse(tr("Name the incident commander: the one person who decides, so everyone knows whom to ask."),
                      m_commander);
    QDialog::accept();
}
