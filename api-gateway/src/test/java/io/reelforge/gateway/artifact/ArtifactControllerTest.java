package io.reelforge.gateway.artifact;

import static io.reelforge.common.testing.JobBuilder.aVideoJob;
import static io.reelforge.gateway.ProblemAssertions.assertProblem;
import static org.mockito.Mockito.when;

import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobStore;
import io.reelforge.common.stage.JobTracker;
import io.reelforge.gateway.GatewaySliceConfiguration;
import io.reelforge.gateway.error.ProblemType;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Downloads of files that do not exist, or cannot: a 404 problem, never a file outside the store. */
@WebMvcTest(properties = "reelforge.security.anonymous=true")
@Import(GatewaySliceConfiguration.class)
class ArtifactControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    JobTracker tracker;

    @MockitoBean
    JobStore store;

    @Test
    void fileTheJobDoesNotHaveIsAProblem404() {
        Job job = aVideoJob().build();
        when(store.find(job.id())).thenReturn(Optional.of(job));

        assertProblem(mvc.get().uri("/api/v1/jobs/" + job.id() + "/artifacts/video.mp4").exchange(),
                ProblemType.ARTIFACT_NOT_FOUND);
    }

    @Test
    void nameThatTriesToLeaveTheJobsDirectoryIsAProblem404() {
        Job job = aVideoJob().build();
        when(store.find(job.id())).thenReturn(Optional.of(job));

        assertProblem(mvc.get().uri("/api/v1/jobs/" + job.id() + "/artifacts/.htaccess").exchange(),
                ProblemType.ARTIFACT_NOT_FOUND);
        assertProblem(mvc.get().uri("/api/v1/jobs/" + job.id() + "/artifacts/..%2F..%2Fpom.xml").exchange(),
                ProblemType.ARTIFACT_NOT_FOUND);
    }

    @Test
    void fileOfAnUnknownJobIsAJobNotFoundProblem() {
        assertProblem(mvc.get().uri("/api/v1/jobs/7b0e3c1a-0000-4000-8000-000000000000/artifacts/video.mp4")
                .exchange(), ProblemType.JOB_NOT_FOUND);
    }
}
