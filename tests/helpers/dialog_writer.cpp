// Usage: dialog_writer DB INCIDENT_ID
// The sequence that once lost records: the store is open, a file chooser browses the store's folder and
// is closed ("browsed"), then after a line on stdin (another process has opened and closed the store
// meanwhile) it records "event N" and prints "ack N" after each commit, and waits to be killed.
#include "FileDialogs.h"
#include "storage/IncidentStore.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QTimer>
#include <cstdio>
#include <iostream>
#include <string>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc != 3)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    IncidentStore store;
    if (!store.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    const qint64 incidentId = QByteArray(argv[2]).toLongLong();

    auto dialog = FileDialogs::create(nullptr, QStringLiteral("Open runbook"), QFileInfo(path).absolutePath(),
                                      QStringLiteral("Markdown (*.md)"));
    auto* model = dialog->findChild<QFileSystemModel*>();
    if (!model)
        return 4;
    // Every file's row, icon and type are resolved once the folder is loaded, as a person would see them.
    QObject::connect(model, &QFileSystemModel::directoryLoaded, dialog.get(), [&](const QString&) {
        const QModelIndex root = model->index(QFileInfo(path).absolutePath());
        for (int row = 0; row < model->rowCount(root); ++row) {
            for (int column = 0; column < model->columnCount(root); ++column) {
                const QModelIndex index = model->index(row, column, root);
                model->data(index, Qt::DecorationRole);
                model->data(index, Qt::DisplayRole);
            }
        }
        QTimer::singleShot(0, dialog.get(), &QDialog::reject);
    });
    dialog->exec();
    dialog.reset();
    std::printf("browsed\n");
    std::fflush(stdout);

    std::string line;
    std::getline(std::cin, line);
    for (int i = 0; i < 50; ++i) {
        TimelineEvent event;
        event.atMs = i;
        event.kind = EventKind::Note;
        event.text = QStringLiteral("after browsing %1").arg(i);
        if (!store.insertEvent(incidentId, event)) {
            std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
            return 1;
        }
        std::printf("ack %d\n", i);
        std::fflush(stdout);
    }
    std::getline(std::cin, line); // until killed
    return 0;
}
