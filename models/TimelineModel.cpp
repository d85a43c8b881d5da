#include "TimelineModel.h"

#include <QColor>

#include "Incident.h"
#include "TimeOffset.h"

#include <QDateTime>
#include <QFont>

TimelineModel::TimelineModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void TimelineModel::setIncident(Incident* incident)
{
    beginResetModel();
    if (m_incident)
        m_incident->disconnect(this);
    m_incident = incident;
    if (m_incident) {
        connect(m_incident, &Incident::eventAboutToBeInserted, this,
                [this](int row) { beginInsertRows({}, row, row); });
        connect(m_incident, &Incident::eventInserted, this, [this](int) {
            endInsertRows();
            updateSpansDays();
        });
        connect(m_incident, &Incident::eventAboutToBeRemoved, this,
                [this](int row) { beginRemoveRows({}, row, row); });
        connect(m_incident, &Incident::eventRemoved, this, [this](int) { endRemoveRows(); });
        connect(m_incident, &Incident::eventChanged, this,
                [this](int row) {
                    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
                    updateSpansDays();
                });
        // Start time moves every T+ offset.
        connect(m_incident, &Incident::headerChanged, this, [this] {
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0, Offset), index(rowCount() - 1, Offset), {Qt::DisplayRole});
        });
        connect(m_incident, &QObject::destroyed, this, [this] {
            beginResetModel();
            endResetModel();
        });
    }
    m_spansDays = false;
    endResetModel();
    updateSpansDays();
}

void TimelineModel::updateSpansDays()
{
    bool spans = false;
    if (m_incident && !m_incident->events().isEmpty()) {
        // Events are in time order, so the first and last tell the span.
        const QDate first = QDateTime::fromMSecsSinceEpoch(
                                qMin(m_incident->data().startedMs, m_incident->events().first().atMs))
                                .date();
        spans = QDateTime::fromMSecsSinceEpoch(m_incident->events().last().atMs).date() != first;
    }
    if (spans == m_spansDays)
        return;
    m_spansDays = spans;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Time), index(rowCount() - 1, Time), {Qt::DisplayRole});
}

QString TimelineModel::timeText(qint64 atMs) const
{
    return QDateTime::fromMSecsSinceEpoch(atMs).toString(m_spansDays ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                                                     : QStringLiteral("HH:mm:ss"));
}

QString TimelineModel::details(const TimelineEvent& event) const
{
    const auto paragraph = [](const QString& text) {
        return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
    };
    QString html = QStringLiteral("<p><b>%1</b> · %2 · %3 · %4</p>")
                       .arg(TimeOffset::format(event.atMs - m_incident->data().startedMs),
                            QDateTime::fromMSecsSinceEpoch(event.atMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                            EventKindInfo::label(event.kind).toHtmlEscaped(), event.author.toHtmlEscaped());
    html += paragraph(event.text);
    if (event.revisions == 0)
        return html;
    const std::optional<QList<TimelineEvent>> read = m_revisions ? m_revisions(event.id) : QList<TimelineEvent>();
    html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Edited %n time(s). Earlier versions, oldest first:", nullptr,
                                                      event.revisions));
    if (!read)
        return html + QStringLiteral("<p>%1</p>").arg(tr("(reading the earlier versions…)"));
    const QList<TimelineEvent>& earlier = *read;
    if (earlier.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("(the earlier versions could not be read)"));
    for (const TimelineEvent& old : earlier)
        html += QStringLiteral("<p>%1 · %2</p>")
                    .arg(TimeOffset::format(old.atMs - m_incident->data().startedMs),
                         tr("replaced by %1").arg(old.author.toHtmlEscaped())) +
                paragraph(old.text);
    return html;
}

void TimelineModel::revisionsArrived(qint64 eventId)
{
    const int row = m_incident ? m_incident->rowOfEvent(eventId) : -1;
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {DetailsRole, Qt::ToolTipRole});
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_incident ? 0 : static_cast<int>(m_incident->events().size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_incident)
        return {};
    const TimelineEvent& event = m_incident->events().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Offset:
            return TimeOffset::format(event.atMs - m_incident->data().startedMs);
        case Time:
            return timeText(event.atMs);
        case Phase:
            return m_incident->phaseTitle(event.phase);
        case Kind:
            return EventKindInfo::label(event.kind);
        case Text:
            return event.id < 0 ? tr("%1 (waiting to be sent)").arg(event.text) : event.text;
        case Author:
            return event.author;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
    case DetailsRole:
        return details(event);
    case Qt::ForegroundRole:
        if (event.id < 0)
            return QColor(Qt::gray); // waiting for the shared store
        return {};
    case Qt::FontRole:
        if (event.revisions > 0 && index.column() == Text) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case KindRole:
        return static_cast<int>(event.kind);
    case EventIdRole:
        return event.id;
    case AtMsRole:
        return event.atMs;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Offset:
        return tr("T+");
    case Time:
        return tr("Time");
    case Phase:
        return tr("Phase");
    case Kind:
        return tr("Kind");
    case Text:
        return tr("Event");
    case Author:
        return tr("Owner");
    case ColumnCount:
        break;
    }
    return {};
}
