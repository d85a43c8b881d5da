#include "IncidentListModel.h"

#include <QDateTime>

IncidentListModel::IncidentListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void IncidentListModel::setIncidents(QList<IncidentSummary> incidents)
{
    beginResetModel();
    m_incidents = std::move(incidents);
    endResetModel();
}

int IncidentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_incidents.size());
}

int IncidentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IncidentSummary& incident = m_incidents.at(index.row());
    if (role == IncidentIdRole)
        return incident.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Id:
        return incident.id;
    case Title:
        return incident.title;
    case Sev:
        return SeverityInfo::label(incident.severity);
    case Status:
        return IncidentStatusInfo::label(incident.status);
    case Commander:
        return incident.commander;
    case Started:
        return QDateTime::fromMSecsSinceEpoch(incident.startedMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Events:
        return incident.eventCount;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Id:
        return tr("ID");
    case Title:
        return tr("Title");
    case Sev:
        return tr("SEV");
    case Status:
        return tr("Status");
    case Commander:
        return tr("Commander");
    case Started:
        return tr("Started");
    case Events:
        return tr("Events");
    case ColumnCount:
        break;
    }
    return {};
}
