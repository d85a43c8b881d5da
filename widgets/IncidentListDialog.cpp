#include "IncidentListDialog.h"

#include "IncidentListModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

IncidentListDialog::IncidentListDialog(QList<IncidentSummary> incidents, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableView(this))
{
    setWindowTitle(tr("Open incident"));
    auto* model = new IncidentListModel(this);
    const bool empty = incidents.isEmpty();
    model->setIncidents(std::move(incidents));
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(IncidentListModel::Title, QHeaderView::Stretch);
    m_table->selectRow(0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Open)->setEnabled(!empty);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableView::doubleClicked, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    if (empty)
        layout->addWidget(new QLabel(tr("No incidents recorded yet. Declare one, or open the demo incident."), this));
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(820, 420);
}

qint64 IncidentListDialog::selectedIncidentId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(IncidentListModel::IncidentIdRole).toLongLong() : 0;
}
