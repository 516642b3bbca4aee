package io.reelforge.gateway.auth;

import io.reelforge.gateway.api.ApiPaths;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tells a client whose key it holds ({@link ApiKeyInterceptor} has checked it). */
@RestController
@Tag(name = "Keys", description = "The caller's own key")
class MeController {

    @GetMapping(path = ApiPaths.ME, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "me", summary = "Whose key this is: its tenant, id and name; the admin key answers"
            + " admin true and no tenant")
    @ApiResponse(responseCode = "200", description = "The key is valid")
    Identity me(Identity identity) {
        return identity;
    }
}
