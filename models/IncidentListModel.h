#pragma once

#include "IncidentData.h"

#include <QAbstractTableModel>

// Past and open incidents, for choosing one to reopen.
class IncidentListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Title, Sev, Status, Commander, Started, Events, ColumnCount };
    enum Role { IncidentIdRole = Qt::UserRole + 1 };

    explicit IncidentListModel(QObject* parent = nullptr);

    void setIncidents(QList<IncidentSummary> incidents);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<IncidentSummary> m_incidents;
};
