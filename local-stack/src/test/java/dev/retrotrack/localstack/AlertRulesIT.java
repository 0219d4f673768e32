package dev.retrotrack.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The repo's Prometheus config, alert rules and Alertmanager config, checked by the tools that will load them:
 * promtool (syntax, and the rules' unit tests, every alert firing and not firing) and amtool (syntax, and where
 * each kind of alert is routed).
 */
class AlertRulesIT {

    private static final Path DEPLOY = RepoLayout.detectRepoDir().resolve("deploy");

    @Test
    void prometheusConfigAndRulesAreValid() throws Exception {
        MonitoringTools.Result config = MonitoringTools.tool("promtool", "check", "config",
                DEPLOY.resolve("prometheus/prometheus.yml").toString());

        assertThat(config.exitCode()).as(config.output()).isZero();
        assertThat(config.output()).contains("SUCCESS: 7 rules found");
    }

    @Test
    void everyAlertFiresWhenItShouldAndOnlyThen() throws Exception {
        MonitoringTools.Result tests = MonitoringTools.tool("promtool", "test", "rules",
                DEPLOY.resolve("prometheus/tests/retrotrack-alerts.test.yml").toString());

        assertThat(tests.exitCode()).as(tests.output()).isZero();
        assertThat(tests.output()).contains("SUCCESS");
    }

    @Test
    void alertmanagerConfigIsValid() throws Exception {
        MonitoringTools.Result check = MonitoringTools.tool("amtool", "check-config",
                DEPLOY.resolve("alertmanager/alertmanager.yml").toString());

        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).contains("SUCCESS");
    }

    /** Critical alerts page; warnings go to the channel; a team with its own route gets its alerts there too. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "alertname=CriticalDebtOverdue severity=critical team=falcon | retrotrack-pager",
            "alertname=CriticalDebtOverdue severity=critical team=phoenix | retrotrack-pager,team-phoenix",
            "alertname=ServiceDown severity=critical job=metrics-service | retrotrack-pager",
            "alertname=HighDebtOverdue severity=warning team=falcon | retrotrack-channel",
            "alertname=FollowThroughLow severity=warning team=phoenix | team-phoenix,retrotrack-channel",
            "alertname=HighDebtOverdue severity=warning team=phoenix | team-phoenix,retrotrack-channel",
            "alertname=ConsumerLagHigh severity=warning job=action-tracker-service | retrotrack-channel"})
    void criticalAlertsPageAndTheRestGoToAChannel(String labels, String receivers) throws Exception {
        java.util.List<String> arguments = new java.util.ArrayList<>(java.util.List.of("config", "routes", "test",
                "--config.file=" + DEPLOY.resolve("alertmanager/alertmanager.yml"),
                "--verify.receivers=" + receivers));
        arguments.addAll(java.util.List.of(labels.split(" ")));

        MonitoringTools.Result routed = MonitoringTools.tool("amtool", arguments.toArray(String[]::new));

        assertThat(routed.exitCode()).as(routed.output()).isZero();
    }
}
