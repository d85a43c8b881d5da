#pragma once

#include "AlertmanagerAlert.h"

#include <QAbstractItemModel>
#include <QSet>

// Alertmanager's alerts as a tree: firing, silenced and inhibited apart; within each, Alertmanager's
// own groups; within a group, its alerts. A refresh that changes nothing but time keeps the tree (and
// the view's selection and expansion).
class AlertTriageModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Section { Firing, Silenced, Inhibited, SectionCount };
    enum Column { NameColumn, SeverityColumn, ForColumn, StateColumn, SummaryColumn, ColumnCount };
    enum Role { FingerprintRole = Qt::UserRole + 1, GroupKeyRole, SectionRole };

    explicit AlertTriageModel(QObject* parent = nullptr);

    void setSnapshot(const AmSnapshot& snapshot, qint64 nowMs);
    // "Firing for" moves on. It is read from now when shown: views repaint on nowChanged() instead of
    // a dataChanged() for each of thousands of rows.
    void setNow(qint64 nowMs);
    void setAttached(const QSet<QString>& alertKeys); // AlertRef::alertKey of the open incident's alerts
    void setSeverities(const AlertSeverityMap& severities) { m_severities = severities; }
    const AmSnapshot& snapshot() const { return m_snapshot; }
    const AmAlert* alertAt(const QModelIndex& index) const; // null for sections and groups
    QList<AmAlert> alertsUnder(const QModelIndex& index) const; // a group's (or a section's) alerts
    int count(Section section) const;
    QModelIndex sectionIndex(Section section) const { return index(section, 0); }
    static QString durationText(qint64 ms);
    static QString groupText(const QMap<QString, QString>& labels); // "KafkaLagHigh · service=orders"

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void nowChanged();

private:
    struct GroupNode
    {
        int section = 0;
        int row = 0;             // within its section
        const AmGroup* group = nullptr;
        QList<int> alerts;       // indexes into group->alerts
    };
    static Section sectionOf(const AmAlert& alert);
    void rebuild();
    QVariant sectionData(int section, int column, int role) const;
    QVariant groupData(const GroupNode& node, int column, int role) const;
    QVariant alertData(const AmAlert& alert, const AmGroup& group, int column, int role) const;
    QString inhibitors(const AmAlert& alert) const; // names of the alerts that inhibit it

    AmSnapshot m_snapshot;
    QList<GroupNode> m_groups;              // every section's groups; ids are positions here
    QList<QList<int>> m_sectionGroups;      // per section: indexes into m_groups
    QSet<QString> m_attached;
    AlertSeverityMap m_severities;
    qint64 m_nowMs = 0;
};
