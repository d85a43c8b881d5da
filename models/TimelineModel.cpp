#include "TimelineModel.h"

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
        connect(m_incident, &Incident::eventInserted, this, [this](int) { endInsertRows(); });
        connect(m_incident, &Incident::eventAboutToBeRemoved, this,
                [this](int row) { beginRemoveRows({}, row, row); });
        connect(m_incident, &Incident::eventRemoved, this, [this](int) { endRemoveRows(); });
        connect(m_incident, &Incident::eventChanged, this,
                [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
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
    endResetModel();
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
            return QDateTime::fromMSecsSinceEpoch(event.atMs).toString(QStringLiteral("HH:mm:ss"));
        case Phase:
            return m_incident->phaseTitle(event.phase);
        case Kind:
            return EventKindInfo::label(event.kind);
        case Text:
            return event.text;
        case Author:
            return event.author;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return QDateTime::fromMSecsSinceEpoch(event.atMs).toString(Qt::ISODate);
        if (event.revisions > 0)
            return tr("Edited %n time(s); the earlier versions are kept in the store.", nullptr, event.revisions);
        return index.column() == Text ? QVariant(event.text) : QVariant();
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
