#pragma once

#include "IncidentData.h"

#include <QDialog>

class QTableView;

// Past and open incidents; choose one to reopen exactly as it was recorded.
class IncidentListDialog final : public QDialog
{
    Q_OBJECT
public:
    IncidentListDialog(QList<IncidentSummary> incidents, QWidget* parent = nullptr);

    qint64 selectedIncidentId() const;
    QTableView* table() const { return m_table; }

private:
    QTableView* m_table;
};
