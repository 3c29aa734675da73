package org.lighthouse.safety.triage;

import opennlp.tools.monitoring.StopCriteria;
import opennlp.tools.monitoring.TrainingMeasure;
import opennlp.tools.monitoring.TrainingProgressMonitor;

/** Keeps the iterations of a training out of the log. */
final class QuietProgress implements TrainingProgressMonitor {

    private boolean finished;

    @Override
    public void finishedIteration(int iteration, int correct, int total, TrainingMeasure measure, double value) {
    }

    @Override
    public void finishedTraining(int iterations, StopCriteria<?> criteria) {
        finished = true;
    }

    @Override
    public boolean isTrainingFinished() {
        return finished;
    }

    @Override
    public void display(boolean finalDisplay) {
    }
}
