package io.groupbuy.testing.line;

import static io.groupbuy.testing.line.LineSdk.error;
import static io.groupbuy.testing.line.LineSdk.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.GroupSummaryResponse;
import com.linecorp.bot.messaging.model.GroupUserProfileResponse;
import com.linecorp.bot.messaging.model.RoomUserProfileResponse;
import com.linecorp.bot.messaging.model.ShowLoadingAnimationRequest;
import com.linecorp.bot.messaging.model.UserProfileResponse;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LineApiFakeDirectoryTest {
    private final LineApiFake line = LineApiFake.start("directory-token");
    private final MessagingApiClient api = LineSdk.api(line);
    private final String group = LineIds.groupId();
    private final String user = LineIds.userId();

    @AfterEach
    void stop() {
        line.close();
    }

    @Test
    void groupMemberProfileComesFromTheDirectory() {
        line.registerMember(group, user, "สมชาย");

        GroupUserProfileResponse p = ok(api.getGroupMemberProfile(group, user)).body();

        assertThat(p.displayName()).isEqualTo("สมชาย");
        assertThat(p.userId()).isEqualTo(user);
        assertThat(p.pictureUrl()).isNull();
        assertThat(error(api.getGroupMemberProfile(group, LineIds.userId())).getCode()).isEqualTo(404);
        assertThat(error(api.getGroupMemberProfile(LineIds.groupId(), user)).getError()).isEqualTo("Not found");
    }

    @Test
    void roomMemberProfileProfileAndGroupSummary() {
        String room = LineIds.roomId();
        line.registerMember(room, user, "Nok", "https://profile.example/nok.png");
        line.registerProfile(user, "Nok", "th");
        line.registerGroup(group, "Soi 5 group buy");

        RoomUserProfileResponse member = ok(api.getRoomMemberProfile(room, user)).body();
        UserProfileResponse profile = ok(api.getProfile(user)).body();
        GroupSummaryResponse summary = ok(api.getGroupSummary(group)).body();

        assertThat(member.pictureUrl()).isEqualTo(URI.create("https://profile.example/nok.png"));
        assertThat(profile.language()).isEqualTo("th");
        assertThat(summary.groupName()).isEqualTo("Soi 5 group buy");
        assertThat(error(api.getProfile(LineIds.userId())).getCode()).isEqualTo(404);
        assertThat(error(api.getGroupSummary(LineIds.groupId())).getCode()).isEqualTo(404);
    }

    @Test
    void loadingAnimationOnlyForUsersInStepsOfFive() {
        ok(api.showLoadingAnimation(new ShowLoadingAnimationRequest.Builder(user).loadingSeconds(20).build()));
        ok(api.showLoadingAnimation(new ShowLoadingAnimationRequest.Builder(user).build()));

        assertThat(line.requests(LineEndpoint.LOADING_ANIMATION)).extracting(RecordedRequest::status)
                .containsExactly(202, 202);
        assertThat(error(api.showLoadingAnimation(new ShowLoadingAnimationRequest.Builder(group).build()))
                .getDetails()).singleElement().satisfies(d -> assertThat(d.property()).isEqualTo("chatId"));
        assertThat(error(api.showLoadingAnimation(new ShowLoadingAnimationRequest.Builder(user).loadingSeconds(7)
                .build())).getDetails()).hasSize(1);
        assertThat(error(api.showLoadingAnimation(new ShowLoadingAnimationRequest.Builder(user).loadingSeconds(65)
                .build())).getDetails()).hasSize(1);
    }

    @Test
    void wrongOrMissingTokenIs401() {
        MessagingApiClient stranger = MessagingApiClient.builder("someone-else").apiEndPoint(line.baseUri())
                .usingDefaultLogger(false).build();
        line.registerMember(group, user, "A");

        var e = error(stranger.getGroupMemberProfile(group, user));
        LineSdk.Raw missing = LineSdk.get(line.baseUrl() + "/v2/bot/group/" + group + "/member/" + user, null);

        assertThat(e.getCode()).isEqualTo(401);
        assertThat(e.getError()).isEqualTo(
                "Authentication failed. Confirm that the access token in the authorization header is valid.");
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.body()).contains("Authorization header required");
    }

    @Test
    void unknownPathsAre404() {
        LineSdk.Raw r = LineSdk.get(line.baseUrl() + "/v2/bot/info", "Bearer directory-token");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body()).isEqualTo("{\"message\":\"Not found\"}");
        assertThat(line.requests(LineEndpoint.UNKNOWN)).hasSize(1);
    }
}
