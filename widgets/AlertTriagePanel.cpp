#include "AlertTriagePanel.h"

#include "AlertTriageModel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

AlertTriagePanel::AlertTriagePanel(AlertTriageModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_status(new QLabel(this))
    , m_capped(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_declare(new QPushButton(tr("Declare incident from alert…"), this))
    , m_attach(new QPushButton(tr("Attach to incident"), this))
    , m_silence(new QPushButton(tr("Silence…"), this))
    , m_expire(new QPushButton(tr("Expire silence"), this))
    , m_runbook(new QPushButton(tr("Open runbook"), this))
{
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_capped->setWordWrap(true);
    m_capped->setStyleSheet(QStringLiteral("color: #b35900;"));
    m_capped->hide();
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true); // 5,000 alerts lay out without measuring each row
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(AlertTriageModel::NameColumn, 290);
    m_tree->setColumnWidth(AlertTriageModel::SeverityColumn, 120);
    m_tree->setColumnWidth(AlertTriageModel::ForColumn, 80);
    m_tree->setColumnWidth(AlertTriageModel::StateColumn, 120);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_declare, m_attach, m_silence, m_expire, m_runbook})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_capped);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_model, &QAbstractItemModel::modelReset, this, &AlertTriagePanel::keepSectionsOpen);
    connect(m_model, &AlertTriageModel::nowChanged, m_tree->viewport(), qOverload<>(&QWidget::update));
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &AlertTriagePanel::selectionMoved);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AlertTriagePanel::selectionMoved);
    connect(m_declare, &QPushButton::clicked, this, [this] { Q_EMIT declareRequested(selectedAlerts()); });
    connect(m_attach, &QPushButton::clicked, this, [this] { Q_EMIT attachRequested(selectedAlerts()); });
    connect(m_silence, &QPushButton::clicked, this, [this] {
        if (const AmAlert* alert = m_model->alertAt(m_tree->currentIndex()))
            Q_EMIT silenceRequested(*alert);
    });
    connect(m_expire, &QPushButton::clicked, this, [this] {
        if (const AmAlert* alert = m_model->alertAt(m_tree->currentIndex()); alert && alert->isSilenced())
            Q_EMIT expireRequested(alert->silencedBy.constFirst(), *alert);
    });
    connect(m_runbook, &QPushButton::clicked, this, [this] {
        const QList<AmAlert> alerts = selectedAlerts();
        if (!alerts.isEmpty())
            Q_EMIT runbookRequested(alerts.constFirst().runbookUrl());
    });
    keepSectionsOpen();
    selectionMoved();
}

void AlertTriagePanel::keepSectionsOpen()
{
    for (int s = 0; s < AlertTriageModel::SectionCount; ++s) {
        const QModelIndex section = m_model->sectionIndex(AlertTriageModel::Section(s));
        m_tree->setExpanded(section, true);
        m_tree->setFirstColumnSpanned(s, QModelIndex(), true);
        // Few groups: open them too; thousands stay closed, one line each, until someone opens one.
        const int groups = m_model->rowCount(section);
        for (int g = 0; g < groups; ++g) {
            m_tree->setFirstColumnSpanned(g, section, true); // a group's labels read across the row
            if (groups <= 50)
                m_tree->setExpanded(m_model->index(g, 0, section), true);
        }
    }
}

QList<AmAlert> AlertTriagePanel::selectedAlerts() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() || !current.parent().isValid())
        return {}; // a whole section is not one incident
    return m_model->alertsUnder(current.siblingAtColumn(0));
}

void AlertTriagePanel::selectionMoved()
{
    const QList<AmAlert> alerts = selectedAlerts();
    const AmAlert* alert = m_model->alertAt(m_tree->currentIndex());
    m_declare->setEnabled(!alerts.isEmpty());
    m_attach->setEnabled(!alerts.isEmpty() && m_incidentOpen);
    m_silence->setEnabled(alert != nullptr);
    m_expire->setEnabled(alert && alert->isSilenced());
    m_runbook->setEnabled(!alerts.isEmpty() && !alerts.constFirst().runbookUrl().isEmpty());
}

void AlertTriagePanel::setIncidentOpen(bool open)
{
    m_incidentOpen = open;
    selectionMoved();
}

void AlertTriagePanel::showNotConfigured()
{
    m_status->setText(tr("No Alertmanager is set. Start the console with --alertmanager URL, add \"alertmanager:\" to "
                         "the dashboard profile, or use Alerts ▸ Set Alertmanager…"));
    m_status->setStyleSheet(QString());
    m_capped->hide();
}

void AlertTriagePanel::showAsking(const QString& url)
{
    m_status->setText(tr("Asking Alertmanager at %1…").arg(url));
    m_status->setStyleSheet(QString());
    m_capped->hide();
}

void AlertTriagePanel::showUp(const QString& url, qint64 answeredMs)
{
    const AmSnapshot& s = m_model->snapshot();
    m_status->setText(tr("Alertmanager at %1 · %2 firing · %3 silenced · %4 inhibited · checked %5")
                          .arg(url)
                          .arg(m_model->count(AlertTriageModel::Firing))
                          .arg(m_model->count(AlertTriageModel::Silenced))
                          .arg(m_model->count(AlertTriageModel::Inhibited))
                          .arg(QDateTime::fromMSecsSinceEpoch(answeredMs).toString(QStringLiteral("HH:mm:ss"))));
    m_status->setStyleSheet(QString());
    m_capped->setVisible(s.capped());
    if (s.capped())
        m_capped->setText(tr("Showing %1 of the %2 alerts Alertmanager has: the list is capped so the console stays "
                             "responsive. Narrow it in Alertmanager (silence or fix the noisy ones).")
                              .arg(s.keptAlerts)
                              .arg(s.totalAlerts));
}

void AlertTriagePanel::showDown(const QString& problem)
{
    m_status->setText(tr("Alertmanager is not answering, so the alerts below may be out of date: %1").arg(problem));
    m_status->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
}
