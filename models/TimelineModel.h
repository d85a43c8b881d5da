#pragma once

#include <QAbstractTableModel>
#include <QPointer>

#include <functional>
#include <optional>

#include "Incident.h"

// The incident's timeline as a table, always ordered by time.
class TimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Offset, Time, Phase, Kind, Text, Author, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, EventIdRole, AtMsRole, DetailsRole };
    // Earlier versions of an edited event, oldest first (the store keeps them); nullopt while they are
    // being read: revisionsArrived() says when to ask again.
    using RevisionSource = std::function<std::optional<QList<TimelineEvent>>(qint64 eventId)>;

    explicit TimelineModel(QObject* parent = nullptr);

    void setIncident(Incident* incident);
    Incident* incident() const { return m_incident; }
    void setRevisionSource(RevisionSource source) { m_revisions = std::move(source); }
    void revisionsArrived(qint64 eventId); // the event's details are shown again
    // True when the events span more than one calendar day, so times carry their date.
    bool spansDays() const { return m_spansDays; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void updateSpansDays();
    QString timeText(qint64 atMs) const;
    QString details(const TimelineEvent& event) const;

    QPointer<Incident> m_incident;
    RevisionSource m_revisions;
    bool m_spansDays = false;
};
