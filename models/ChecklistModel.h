#pragma once

#include <QAbstractItemModel>
#include <QPointer>

#include "Incident.h"

// Phases with their items; checking an item only asks (checkRequested) so the store commits first.
class ChecklistModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Item, Checked, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1, PhaseIdRole, ProgressRole, IsPhaseRole };

    explicit ChecklistModel(QObject* parent = nullptr);

    void setIncident(Incident* incident);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfItem(const QString& itemId, int column = Item) const;

Q_SIGNALS:
    void checkRequested(const QString& itemId, bool checked);

private:
    static constexpr quintptr PhaseRow = 0;
    QPointer<Incident> m_incident;
};
