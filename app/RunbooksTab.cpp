#include "RunbooksTab.h"

#include "ConfirmRequest.h"
#include "DataFiles.h"
#include "Incident.h"
#include "IncidentService.h"
#include "RunbookPanel.h"
#include "RunbookProgress.h"
#include "RunbookRuns.h"
#include "SessionVariables.h"
#include "network/Network.h"
#include "runbook/RunbookImporter.h"
#include "runbook/RunbookLibrary.h"
#include "runbook/RunbookLink.h"
#include "runbook/RunbookRules.h"

#include <QDir>
#include <QListWidget>
#include <algorithm>

namespace {
QList<ConfirmRequest::Variable> variablesOf(const RunbookStep& step, const SessionVariables& values)
{
    QList<ConfirmRequest::Variable> out;
    for (const QString& name : step.action.variables)
        out.append({name, values.source(name)});
    return out;
}
} // namespace

RunbooksTab::RunbooksTab(IncidentService& service, Network* network, QWidget* parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_service(service)
    , m_network(network)
{
    m_variables = new SessionVariables(this);
    m_runbookPanel = new RunbookPanel(m_service.clock(), this);
    m_runbookPanel->setVariables(m_variables);
    m_runbookList = new QListWidget(this);
    m_runbookList->setToolTip(tr("Shipped samples and the runbooks in %1").arg(DataFiles::userRunbooksDirectory()));
    // Shipped samples first, then the team's own folder, watched.
    QStringList shipped;
    for (const QString& name : QDir(QStringLiteral(":/runbooks")).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
        shipped << QStringLiteral(":/runbooks/") + name;
    m_runbookLibrary = new RunbookLibrary(shipped, DataFiles::userRunbooksDirectory(), this);
    connect(m_runbookLibrary, &RunbookLibrary::changed, this, &RunbooksTab::fillList);
    m_runs = new RunbookRuns(m_service, network, *m_variables, this);
    m_runs->setConfirm([this](const RunbookStep& s) {
        return ConfirmRequest::ask(this, s.text, s.action.display(), variablesOf(s, *m_variables), s.action.isMutating());
    });
    connect(m_runs, &RunbookRuns::started, m_runbookPanel, &RunbookPanel::setRunning);
    connect(m_runs, &RunbookRuns::finished, m_runbookPanel, &RunbookPanel::setResult);
    connect(m_runs, &RunbookRuns::problem, this, &RunbooksTab::problem);
    connect(m_runs, &RunbookRuns::reloadDue, this,
            [this](const QString& path) { show(m_runbookLibrary->runbook(path), true); });
    connect(m_runbookLibrary, &RunbookLibrary::runbookChanged, m_runs, &RunbookRuns::fileChanged);
    connect(m_runbookLibrary, &RunbookLibrary::problem, this, &RunbooksTab::problem);
    fillList();
    connect(&m_service, &IncidentService::currentChanged, this, [this](Incident* incident) {
        follow(incident);
        showProgress();
    });
    follow(m_service.current());
    connect(m_runbookList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            open(item->data(Qt::UserRole).toString());
    });
    connect(m_runbookPanel, &RunbookPanel::checkToggled, this, &RunbooksTab::checkToggled);
    connect(m_runbookPanel, &RunbookPanel::runRequested, this,
            [this](int section, int step) { m_runs->run(section, step, m_runbookPanel->timeoutMs()); });
    connect(m_runbookPanel, &RunbookPanel::cancelRequested, m_runs, &RunbookRuns::cancel);
    connect(m_runbookPanel, &RunbookPanel::variablesRequested, this, &RunbooksTab::variablesRequested);
    addWidget(m_runbookList);
    addWidget(m_runbookPanel);
    setStretchFactor(1, 4);
    setSizes({200, 900});
}

void RunbooksTab::fillList()
{
    const QString current = m_runbookList->currentItem() ? m_runbookList->currentItem()->data(Qt::UserRole).toString()
                                                          : QString();
    const QSignalBlocker quiet(m_runbookList); // refilling is not picking a runbook
    m_runbookList->clear();
    for (const RunbookLibrary::Entry& entry : m_runbookLibrary->entries()) {
        auto* item = new QListWidgetItem(entry.name, m_runbookList);
        item->setData(Qt::UserRole, entry.path);
        item->setToolTip(entry.shipped ? tr("Sample shipped with the console") : entry.path);
        if (!entry.problem.isEmpty()) {
            item->setText(tr("%1 (cannot be read)").arg(entry.name));
            item->setToolTip(entry.problem);
            item->setForeground(QColor(0x8A, 0x1C, 0x1C));
        }
        if (entry.path == current)
            m_runbookList->setCurrentItem(item);
    }
}

void RunbooksTab::show(const Runbook& runbook, bool keepChecks)
{
    const QList<QPair<QString, QString>> checked = keepChecks ? m_runbookPanel->checkedSteps() : QList<QPair<QString, QString>>();
    m_runbookPanel->setRunbook(runbook);
    m_runs->setRunbook(runbook);
    for (int s = 0; s < runbook.sections.size(); ++s)
        for (int i = 0; i < runbook.sections.at(s).steps.size(); ++i)
            if (checked.contains({runbook.sections.at(s).title, runbook.sections.at(s).steps.at(i).text}))
                m_runbookPanel->setChecked(s, i, true);
    showProgress();
}

void RunbooksTab::showProgress()
{
    const Incident* incident = m_service.current();
    if (!incident)
        return;
    const QList<QStringList>& keys = m_runs->stepKeys();
    const QHash<QString, RunbookProgress::StepState> states = RunbookProgress::read(*incident, keys);
    const Runbook& runbook = m_runbookPanel->runbook();
    for (int s = 0; s < keys.size(); ++s) {
        for (int i = 0; i < keys.at(s).size(); ++i) {
            const RunbookProgress::StepState state = states.value(keys.at(s).at(i));
            const RunbookStep& step = runbook.sections.at(s).steps.at(i);
            if (step.kind == RunbookStep::Check)
                m_runbookPanel->setChecked(s, i, state.checked || step.checkedInFile);
            if (state.ran && step.kind == RunbookStep::Http)
                m_runbookPanel->setResult(s, i, state.result, state.ok);
        }
    }
}

void RunbooksTab::follow(Incident* incident)
{
    for (const QMetaObject::Connection& c : std::as_const(m_following))
        disconnect(c);
    m_following.clear();
    if (!incident)
        return;
    auto stepOf = [this](const QString& key, int* section, int* step) {
        const QList<QStringList>& keys = m_runs->stepKeys();
        for (int s = 0; s < keys.size(); ++s) {
            if (const int i = static_cast<int>(keys.at(s).indexOf(key)); i >= 0) {
                *section = s;
                *step = i;
                return true;
            }
        }
        return false;
    };
    m_following << connect(incident, &Incident::checklistChanged, this, [this, incident, stepOf](const QString& itemId) {
        int s = 0;
        int i = 0;
        if (stepOf(itemId, &s, &i))
            m_runbookPanel->setChecked(s, i, incident->isChecked(itemId));
    });
    // A run recorded by another seat (this seat's own runs show their whole result already).
    m_following << connect(incident, &Incident::eventInserted, this, [this, incident, stepOf](int row) {
        const TimelineEvent& e = incident->events().at(row);
        if (e.id <= 0 || e.kind != EventKind::Action || !RunbookProgress::isRunbookPhase(e.phase))
            return;
        const QString key = e.phase.left(e.phase.lastIndexOf(QLatin1Char(';'))); // as RunbookProgress splits it
        int s = 0;
        int i = 0;
        if (stepOf(key, &s, &i) && !m_runbookPanel->isRunning())
            m_runbookPanel->setResult(s, i, e.text, e.phase.endsWith(QLatin1String(";ok")));
    });
}

void RunbooksTab::open(const QString& path)
{
    m_runs->abandonAll(); // results of the runbook being left would land on the wrong steps
    const QList<RunbookLibrary::Entry> entries = m_runbookLibrary->entries();
    const bool listed = std::any_of(entries.cbegin(), entries.cend(),
                                    [&path](const RunbookLibrary::Entry& e) { return e.path == path; });
    const Runbook runbook = listed ? m_runbookLibrary->runbook(path) : RunbookRules::open(path);
    show(runbook, false);
    if (runbook.fatal)
        Q_EMIT problem(runbook.warnings.value(0).message);
}

void RunbooksTab::openLink(const QString& link)
{
    const RunbookLink::Target target = RunbookLink::resolve(link, m_runbookLibrary->folder());
    if (!target.problem.isEmpty()) {
        Q_EMIT problem(target.problem);
        return;
    }
    if (!target.localPath.isEmpty()) {
        open(target.localPath);
        return;
    }
    if (!m_network) {
        Q_EMIT problem(tr("The runbook %1 cannot be fetched: this console has no network layer.").arg(link));
        return;
    }
    HttpRequest request;
    request.url = target.remote;
    request.deadlineMs = 15'000;
    request.maxBodyBytes = RunbookImporter::MaxBytes;
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("text/markdown, text/plain;q=0.9, */*;q=0.1")});
    HttpReply* reply = m_network->send(std::move(request), this);
    connect(reply, &HttpReply::finished, this, [this, reply, link](const HttpResult& result) {
        reply->deleteLater();
        QString why;
        if (!result.ok()) {
            Q_EMIT problem(tr("The runbook %1 could not be fetched: %2").arg(link, result.describe()));
            return;
        }
        if (!RunbookLink::isMarkdownAnswer(result.contentType, result.body, &why)) {
            Q_EMIT problem(tr("The runbook %1 cannot be opened: %2.").arg(link, why));
            return;
        }
        m_runs->abandonAll();
        const Runbook runbook = RunbookRules::openText(result.body, link);
        show(runbook, false);
        if (runbook.fatal)
            Q_EMIT problem(runbook.warnings.value(0).message);
    });
}

void RunbooksTab::checkToggled(int section, int step, bool checked)
{
    const Runbook& runbook = m_runbookPanel->runbook();
    const QString item = runbook.sections.at(section).steps.at(step).text;
    const QString text = checked ? tr("Runbook «%1»: done: %2").arg(runbook.title, item)
                                 : tr("Runbook «%1»: reopened: %2").arg(runbook.title, item);
    // Stamped like the incident checklist; without an incident there is nowhere to stamp it.
    if (!m_service.current()) {
        Q_EMIT problem(tr("Declare or open an incident first: runbook steps are recorded in its timeline."));
        m_runbookPanel->setChecked(section, step, !checked);
        return;
    }
    if (!m_service.setRunbookStepChecked(m_runs->stepKeys().value(section).value(step), text, checked))
        m_runbookPanel->setChecked(section, step, !checked);
}

void RunbooksTab::variablesRequested(int section, int step)
{
    const RunbookStep& s = m_runbookPanel->runbook().sections.at(section).steps.at(step);
    const ConfirmRequest::Answer answer = ConfirmRequest::ask(this, s.text, s.action.display(), variablesOf(s, *m_variables),
                                                              false, ConfirmRequest::ValuesOnly);
    for (auto it = answer.values.cbegin(); answer.send && it != answer.values.cend(); ++it)
        m_variables->set(it.key(), it.value());
}
