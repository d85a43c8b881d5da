#include "StatusAsOfDialog.h"

#include "TimeOffset.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

StatusAsOfDialog::StatusAsOfDialog(IncidentStatus proposed, qint64 startedMs, const QDateTime& now, QWidget* parent)
    : QDialog(parent)
    , m_startedMs(startedMs)
    , m_now(now)
    , m_status(new QComboBox(this))
    , m_moment(new QDateTimeEdit(now, this))
    , m_offset(new QLabel(this))
{
    setWindowTitle(tr("Status as of a moment"));
    for (IncidentStatus s : IncidentStatusInfo::all())
        m_status->addItem(IncidentStatusInfo::label(s), static_cast<int>(s));
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(proposed)));
    m_moment->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_moment->setCalendarPopup(true);
    m_moment->setMaximumDateTime(now);
    m_moment->setAccessibleName(tr("The moment it happened"));
    auto* explain = new QLabel(tr("Name the moment the status became true, e.g. when the rollback finished and the "
                                  "impact stopped. Time to mitigate and time to resolve are measured from these "
                                  "moments."),
                               this);
    explain->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&As of:"), m_moment);
    form->addRow(QString(), m_offset);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_moment, &QDateTimeEdit::dateTimeChanged, this, &StatusAsOfDialog::check);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(buttons);
    check();
}

IncidentStatus StatusAsOfDialog::status() const
{
    return static_cast<IncidentStatus>(m_status->currentData().toInt());
}

QDateTime StatusAsOfDialog::moment() const
{
    return m_moment->dateTime();
}

void StatusAsOfDialog::setMoment(const QDateTime& moment)
{
    m_moment->setDateTime(moment);
}

void StatusAsOfDialog::check()
{
    const qint64 at = m_moment->dateTime().toMSecsSinceEpoch();
    // Whole seconds: the start itself, named to the second, is a valid moment.
    const bool beforeStart = at < m_startedMs - 999;
    m_offset->setText(beforeStart ? tr("before the incident started (%1)").arg(TimeOffset::format(at - m_startedMs))
                                  : tr("%1 since the start").arg(TimeOffset::format(at - m_startedMs)));
    m_offset->setStyleSheet(beforeStart ? QStringLiteral("color: #8a1c1c;") : QString());
    m_ok->setEnabled(!beforeStart);
}
