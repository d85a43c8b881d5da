#include "IncidentHeader.h"

#include "Clock.h"
#include "Incident.h"
#include "TimeOffset.h"
#include "UpdateCadence.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QTimer>

IncidentHeader::IncidentHeader(const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_title(new QLabel(this))
    , m_severity(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_details(new QLabel(this))
    , m_clockLabel(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_timer(new QTimer(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont clockFont = m_clockLabel->font();
    clockFont.setPointSizeF(clockFont.pointSizeF() * 2.0);
    clockFont.setBold(true);
    clockFont.setStyleHint(QFont::Monospace);
    m_clockLabel->setFont(clockFont);
    m_clockLabel->setToolTip(tr("Time since the incident started"));
    for (Severity s : SeverityInfo::all()) {
        m_severity->addItem(SeverityInfo::label(s), static_cast<int>(s));
        m_severity->setItemData(m_severity->count() - 1, SeverityInfo::definition(s), Qt::ToolTipRole);
    }
    for (IncidentStatus s : IncidentStatusInfo::all())
        m_status->addItem(IncidentStatusInfo::label(s), static_cast<int>(s));
    m_severity->setToolTip(tr("Severity: changing it is recorded in the timeline"));
    m_status->setToolTip(tr("Status: changing it is recorded in the timeline and sets the key times"));

    auto* layout = new QGridLayout(this);
    layout->addWidget(m_severity, 0, 0);
    layout->addWidget(m_title, 0, 1);
    layout->addWidget(m_clockLabel, 0, 2, Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_countdown, 1, 2, Qt::AlignRight | Qt::AlignVCenter);
    m_countdown->setToolTip(tr("Status updates are due on the SEV's cadence (SEV-1 every 15 min, SEV-2 every 30, "
                               "SEV-3 every 60); publishing one restarts the clock"));
    layout->addWidget(m_status, 1, 0);
    layout->addWidget(m_details, 1, 1);
    layout->setColumnStretch(1, 1);

    connect(m_severity, &QComboBox::activated, this, [this](int index) {
        if (auto s = SeverityInfo::fromNumber(m_severity->itemData(index).toInt()))
            Q_EMIT severityRequested(*s);
        refresh(); // shows the recorded value, whether or not the change was stored
    });
    connect(m_status, &QComboBox::activated, this, [this](int index) {
        Q_EMIT statusRequested(static_cast<IncidentStatus>(m_status->itemData(index).toInt()));
        refresh();
    });
    connect(m_timer, &QTimer::timeout, this, &IncidentHeader::tick);
    m_timer->start(1000);
    refresh();
}

void IncidentHeader::setIncident(Incident* incident)
{
    if (m_incident)
        m_incident->disconnect(this);
    m_incident = incident;
    if (m_incident)
        connect(m_incident, &Incident::headerChanged, this, &IncidentHeader::refresh);
    refresh();
}

QString IncidentHeader::clockText() const
{
    return m_clockLabel->text();
}

QString IncidentHeader::countdownText() const
{
    return m_countdown->text();
}

void IncidentHeader::refresh()
{
    const bool open = !m_incident.isNull();
    m_severity->setEnabled(open);
    m_status->setEnabled(open);
    if (!open) {
        m_title->setText(tr("No incident open"));
        m_details->setText(tr("Declare an incident (Ctrl+D), open a past one (Ctrl+O) or open the demo incident."));
        m_clockLabel->clear();
        m_countdown->clear();
        m_severity->setStyleSheet(QString());
        return;
    }
    const IncidentData& d = m_incident->data();
    m_title->setText(d.title);
    m_severity->setCurrentIndex(m_severity->findData(static_cast<int>(d.severity)));
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(d.status)));
    m_severity->setStyleSheet(QStringLiteral("QComboBox { background: %1; color: white; font-weight: bold; }")
                                  .arg(SeverityInfo::color(d.severity).name()));
    auto at = [](qint64 ms) {
        return ms == 0 ? QStringLiteral("—") : QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("MM-dd HH:mm"));
    };
    m_details->setText(tr("Commander: %1 · Started %2 · Detected %3 · Mitigated %4 · Resolved %5")
                           .arg(d.commander.isEmpty() ? tr("(none)") : d.commander, at(d.startedMs),
                                at(d.detectedMs), at(d.mitigatedMs), at(d.resolvedMs)));
    tick();
}

void IncidentHeader::tick()
{
    if (!m_incident)
        return;
    const IncidentData& d = m_incident->data();
    const qint64 end = d.resolvedMs != 0 ? d.resolvedMs : m_clock.nowMs();
    m_clockLabel->setText(TimeOffset::format(qMax<qint64>(0, end - d.startedMs)));
    const int cadence = SeverityInfo::updateCadenceMinutes(d.severity);
    const qint64 now = m_clock.nowMs();
    m_countdown->setText(UpdateCadence::countdownText(d, cadence, now));
    switch (UpdateCadence::state(d, cadence, now)) {
    case UpdateCadence::State::None:
    case UpdateCadence::State::OnTrack:
        m_countdown->setStyleSheet(QString());
        break;
    case UpdateCadence::State::Due:
        m_countdown->setStyleSheet(QStringLiteral("color: #b26a00; font-weight: bold;"));
        break;
    case UpdateCadence::State::Overdue:
        m_countdown->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
        break;
    case UpdateCadence::State::LongOverdue:
        m_countdown->setStyleSheet(QStringLiteral("color: white; background: #c62828; font-weight: bold; padding: 2px 6px;"));
        break;
    }
}
