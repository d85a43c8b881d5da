#pragma once

#include <QAbstractTableModel>
#include <QPointer>

#include "Incident.h"

// The incident's timeline as a table, always ordered by time.
class TimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Offset, Time, Phase, Kind, Text, Author, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, EventIdRole, AtMsRole };

    explicit TimelineModel(QObject* parent = nullptr);

    void setIncident(Incident* incident);
    Incident* incident() const { return m_incident; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<Incident> m_incident;
};
