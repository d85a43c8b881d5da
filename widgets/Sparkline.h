#pragma once

#include <QColor>
#include <QWidget>
#include <vector>

class MetricSeries;

// A tile's recent samples as one line, no axes: which way the value has been heading.
class Sparkline final : public QWidget
{
    Q_OBJECT
public:
    explicit Sparkline(QWidget* parent = nullptr);

    // Keeps the samples of the series between fromSec and toSec (a few hundred at most for a wall).
    void setSamples(const MetricSeries& series, double fromSec, double toSec);
    void clear();
    void setColor(const QColor& color);
    int sampleCount() const; // finite samples in the window: what the line is drawn through

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<double> m_times;
    std::vector<double> m_values;
    double m_from = 0;
    double m_to = 0;
    QColor m_color;
};
