#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

class ElidingLabel;

// Rows of text that fill the height they are given: as many whole rows as fit, never a cut one.
class WallList final : public QWidget
{
    Q_OBJECT
public:
    struct Row
    {
        QString lead; // a short first column (T+, a level), aligned from row to row; may be empty
        QString text;
        QColor foreground;
        QColor background;
    };
    enum class Keep { Newest, First }; // Newest: the last rows stay; First: the first ones, "+N more" last

    explicit WallList(Keep keep, QWidget* parent = nullptr);

    void setRows(const QList<Row>& rows);
    int shownRows() const; // rows on screen, a "+N more" row included
    int rowPitch() const { return m_rowPitch; } // a row and the gap below it
    QList<ElidingLabel*> shownLabels() const; // the text column of the rows on screen

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void place();
    int heightOf(const QString& text) const;
    int ascentOf(const QString& text) const; // where a line of this text has its baseline
    ElidingLabel* makeLabel();

    Keep m_keep;
    QList<Row> m_rows;
    QList<ElidingLabel*> m_labels;
    QList<ElidingLabel*> m_leads;
    int m_rowHeight = 0;
    int m_rowPitch = 1;
};
