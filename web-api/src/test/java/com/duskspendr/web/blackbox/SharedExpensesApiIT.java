package com.duskspendr.web.blackbox;

import static com.duskspendr.web.blackbox.ApiClient.PASSWORD;
import static com.duskspendr.web.blackbox.ApiClient.authorized;
import static com.duskspendr.web.blackbox.ApiClient.request;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.duskspendr.web.it.WithIntegrationEnvironment;
import io.restassured.response.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Shared expenses as the mobile app uses them: groups, invitations, members (issue 16). */
@ExtendWith(WithIntegrationEnvironment.class)
class SharedExpensesApiIT {

  /** A signed-in user who has proven their address with the mailed link (invitations wait for that). */
  static ApiClient.Session verifiedUser() throws Exception {
    String email = ApiClient.newEmail();
    ApiClient.register(email, PASSWORD).then().statusCode(202);
    var mail = Mailbox.await(email, 1, Duration.ofSeconds(90)).get(0);
    Matcher token = Pattern.compile("#token=([A-Za-z0-9_%-]+)").matcher(Mailbox.part(mail, "text/plain"));
    if (!token.find()) {
      throw new AssertionError("no verification link in the mail to " + email);
    }
    request().body(Map.of("token", URLDecoder.decode(token.group(1), StandardCharsets.UTF_8)))
        .post("/api/v1/auth/verify-email").then().statusCode(204);
    Response login = ApiClient.login(email, PASSWORD, "Phone");
    login.then().statusCode(200);
    String access = login.path("data.accessToken");
    return new ApiClient.Session(email, ApiClient.subjectOf(access), access, login.path("data.refreshToken"));
  }

  static String createGroup(ApiClient.Session owner, String name, String currency) {
    return authorized(owner.accessToken()).body(Map.of("name", name, "currency", currency)).post("/api/v1/groups")
        .then().statusCode(201).extract().path("data.id");
  }

  /** The member invites the user's address, the user finds it in their list and accepts it. */
  static void join(ApiClient.Session inviter, String groupId, ApiClient.Session invitee) {
    String invitation = authorized(inviter.accessToken()).body(Map.of("email", invitee.email()))
        .post("/api/v1/groups/" + groupId + "/invitations").then().statusCode(201).extract().path("data.id");
    authorized(invitee.accessToken()).get("/api/v1/groups/invitations").then().statusCode(200)
        .body("data.id", hasItem(invitation));
    authorized(invitee.accessToken()).post("/api/v1/groups/invitations/" + invitation + "/accept").then().statusCode(200)
        .body("data.id", equalTo(groupId));
  }

  @Test
  void aGroupIsCreatedItsInviteeJoinsAndOnlyMembersSeeIt() throws Exception {
    ApiClient.Session ana = verifiedUser();
    ApiClient.Session ben = verifiedUser();
    ApiClient.Session stranger = ApiClient.signedInUser();

    Response created = authorized(ana.accessToken()).body(Map.of("name", " Lisbon trip ", "currency", "EUR"))
        .post("/api/v1/groups");
    created.then().statusCode(201).body("data.name", equalTo("Lisbon trip")).body("data.currency", equalTo("EUR"))
        .body("data.status", equalTo("active")).body("data.myRole", equalTo("owner"))
        .body("data.members.userId", equalTo(List.of(ana.userId())));
    String group = created.path("data.id");

    // An invitation answers alike for an address with an account and one without.
    Response toBen = authorized(ana.accessToken()).body(Map.of("email", ben.email().toUpperCase()))
        .post("/api/v1/groups/" + group + "/invitations");
    Response toNobody = authorized(ana.accessToken()).body(Map.of("email", ApiClient.newEmail()))
        .post("/api/v1/groups/" + group + "/invitations");
    toBen.then().statusCode(201).body("data.status", equalTo("pending")).body("data.email", equalTo(ben.email()));
    toNobody.then().statusCode(201).body("data.status", equalTo("pending"));
    assertEquals(toBen.jsonPath().getMap("data").keySet(), toNobody.jsonPath().getMap("data").keySet());
    // Inviting again answers the same pending invitation.
    authorized(ana.accessToken()).body(Map.of("email", ben.email())).post("/api/v1/groups/" + group + "/invitations")
        .then().statusCode(201).body("data.id", equalTo(toBen.path("data.id")));
    authorized(ana.accessToken()).get("/api/v1/groups/" + group + "/invitations").then().statusCode(200)
        .body("data", hasSize(2));

    String invitation = toBen.path("data.id");
    // Nobody else can see or answer Ben's invitation.
    authorized(stranger.accessToken()).get("/api/v1/groups/invitations").then().statusCode(200).body("data", hasSize(0));
    authorized(stranger.accessToken()).post("/api/v1/groups/invitations/" + invitation + "/accept").then().statusCode(404);
    authorized(ana.accessToken()).post("/api/v1/groups/invitations/" + invitation + "/accept").then().statusCode(404);
    authorized(stranger.accessToken()).post("/api/v1/groups/invitations/" + invitation + "/decline").then().statusCode(404);

    authorized(ben.accessToken()).get("/api/v1/groups/invitations").then().statusCode(200)
        .body("data.id", equalTo(List.of(invitation))).body("data[0].groupName", equalTo("Lisbon trip"))
        .body("data[0].invitedBy", not(nullValue()));
    authorized(ben.accessToken()).post("/api/v1/groups/invitations/" + invitation + "/accept").then().statusCode(200)
        .body("data.members.userId", equalTo(List.of(ana.userId(), ben.userId())))
        .body("data.members.role", equalTo(List.of("owner", "member"))).body("data.myRole", equalTo("member"));
    authorized(ben.accessToken()).post("/api/v1/groups/invitations/" + invitation + "/accept").then().statusCode(404);
    authorized(ben.accessToken()).get("/api/v1/groups").then().statusCode(200).body("data.id", equalTo(List.of(group)));

    // A stranger gets 404 on every route of the group.
    String token = stranger.accessToken();
    authorized(token).get("/api/v1/groups/" + group).then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
    authorized(token).get("/api/v1/groups/" + group + "/invitations").then().statusCode(404);
    authorized(token).body(Map.of("email", stranger.email())).post("/api/v1/groups/" + group + "/invitations")
        .then().statusCode(404);
    authorized(token).post("/api/v1/groups/" + group + "/leave").then().statusCode(404);
    authorized(token).post("/api/v1/groups/" + group + "/archive").then().statusCode(404);
    authorized(token).delete("/api/v1/groups/" + group + "/members/" + ben.userId()).then().statusCode(404);
    authorized(token).get("/api/v1/groups").then().statusCode(200).body("data", hasSize(0));
    authorized(token).get("/api/v1/groups/not-a-uuid").then().statusCode(404);

    // Only the owner archives or removes.
    authorized(ben.accessToken()).post("/api/v1/groups/" + group + "/archive").then().statusCode(409);
    authorized(ben.accessToken()).delete("/api/v1/groups/" + group + "/members/" + ana.userId()).then().statusCode(409);
  }

  @Test
  void anUnverifiedAccountSeesNoInvitationsToItsAddress() throws Exception {
    ApiClient.Session ana = verifiedUser();
    ApiClient.Session unverified = ApiClient.signedInUser();
    String group = createGroup(ana, "Flat", "USD");
    String invitation = authorized(ana.accessToken()).body(Map.of("email", unverified.email()))
        .post("/api/v1/groups/" + group + "/invitations").then().statusCode(201).extract().path("data.id");
    authorized(unverified.accessToken()).get("/api/v1/groups/invitations").then().statusCode(200).body("data", hasSize(0));
    authorized(unverified.accessToken()).post("/api/v1/groups/invitations/" + invitation + "/accept").then().statusCode(404);
  }

  @Test
  void aDeclinedInvitationIsGoneAndMembersLeaveAtAZeroBalance() throws Exception {
    ApiClient.Session ana = verifiedUser();
    ApiClient.Session ben = verifiedUser();
    String group = createGroup(ana, "Flat", "USD");
    String invitation = authorized(ana.accessToken()).body(Map.of("email", ben.email()))
        .post("/api/v1/groups/" + group + "/invitations").then().statusCode(201).extract().path("data.id");
    authorized(ben.accessToken()).post("/api/v1/groups/invitations/" + invitation + "/decline").then().statusCode(204);
    authorized(ben.accessToken()).get("/api/v1/groups/invitations").then().body("data", hasSize(0));
    authorized(ben.accessToken()).get("/api/v1/groups/" + group).then().statusCode(404);

    join(ana, group, ben);
    // The owner leaves: Ben becomes the owner; Ana no longer sees the group.
    authorized(ana.accessToken()).post("/api/v1/groups/" + group + "/leave").then().statusCode(204);
    authorized(ana.accessToken()).get("/api/v1/groups/" + group).then().statusCode(404);
    authorized(ben.accessToken()).get("/api/v1/groups/" + group).then().statusCode(200)
        .body("data.myRole", equalTo("owner")).body("data.members.userId", equalTo(List.of(ben.userId())));
    authorized(ben.accessToken()).post("/api/v1/groups/" + group + "/archive").then().statusCode(200)
        .body("data.status", equalTo("archived"));
    authorized(ben.accessToken()).body(Map.of("email", ana.email())).post("/api/v1/groups/" + group + "/invitations")
        .then().statusCode(409);
  }

  /** Every change of the caller's feed so far, paged to the end. */
  static List<Map<String, Object>> feed(ApiClient.Session who) {
    List<Map<String, Object>> changes = new java.util.ArrayList<>();
    String cursor = null;
    boolean more = true;
    while (more) {
      Response page = authorized(who.accessToken()).get("/api/v1/sync/changes" + (cursor == null ? "" : "?since=" + cursor));
      page.then().statusCode(200);
      changes.addAll(page.jsonPath().getList("data.changes"));
      cursor = page.path("data.nextCursor");
      more = page.path("data.hasMore");
    }
    return changes;
  }

  private static boolean has(List<Map<String, Object>> changes, String entity, String op, String id) {
    return changes.stream().anyMatch(c -> entity.equals(c.get("entity")) && op.equals(c.get("op")) && id.equals(c.get("id")));
  }

  @Test
  void groupsExpensesAndSettlementsReachEveryMembersChangesFeed() throws Exception {
    ApiClient.Session ana = verifiedUser();
    ApiClient.Session ben = verifiedUser();
    String group = createGroup(ana, "Flat", "EUR");
    String expense = authorized(ana.accessToken()).body(Map.of("description", "Rent", "amount", "10.00",
            "split", Map.of("type", "exact", "parts", List.of(Map.of("userId", ana.userId(), "value", "10.00")))))
        .post("/api/v1/groups/" + group + "/expenses").then().statusCode(201).extract().path("data.id");
    join(ana, group, ben);
    String settlement = authorized(ben.accessToken()).body(Map.of("to", ana.userId(), "amount", "1.00"))
        .post("/api/v1/groups/" + group + "/settlements").then().statusCode(201).extract().path("data.id");

    List<Map<String, Object>> bens = feed(ben);
    assertEquals(true, has(bens, "group", "upsert", group), "the group joined: " + bens);
    assertEquals(true, has(bens, "group_expense", "upsert", expense), "its expenses from before joining");
    assertEquals(true, has(bens, "settlement", "upsert", settlement));
    Map<String, Object> groupChange = bens.stream().filter(c -> group.equals(c.get("id"))).findFirst().orElseThrow();
    assertEquals("Flat", ((Map<?, ?>) groupChange.get("data")).get("name"));
    assertEquals(true, has(feed(ana), "settlement", "upsert", settlement));
    // The stranger's feed has none of it.
    assertEquals(false, has(feed(ApiClient.signedInUser()), "group", "upsert", group));

    // Ben owes nothing after paying Ana back... he paid 1.00 he did not owe: Ana pays it back, then Ben leaves.
    authorized(ana.accessToken()).body(Map.of("to", ben.userId(), "amount", "1.00"))
        .post("/api/v1/groups/" + group + "/settlements").then().statusCode(201);
    authorized(ben.accessToken()).post("/api/v1/groups/" + group + "/leave").then().statusCode(204);
    assertEquals(true, has(feed(ben), "group", "delete", group), "a group one left is deleted from one's devices");
    // Shared records cannot be pushed.
    authorized(ana.accessToken()).body(Map.of("changes", List.of(Map.of("entity", "group", "op", "upsert", "id", group,
            "baseVersion", 1, "data", Map.of("name", "x"))))).post("/api/v1/sync/push").then().statusCode(200)
        .body("data.results[0].status", equalTo("rejected"));
  }

  @Test
  void anExpenseAddedEditedAndDeletedOfflineIsPushedLikeATransaction() throws Exception {
    ApiClient.Session ana = verifiedUser();
    ApiClient.Session ben = verifiedUser();
    String group = createGroup(ana, "Trip", "EUR");
    join(ana, group, ben);
    String id = java.util.UUID.randomUUID().toString();
    Map<String, Object> dinner = Map.of("groupId", group, "description", "Dinner on the train", "amount", "30.00",
        "date", "2026-11-20", "split", Map.of("type", "equal"));

    Response created = push(ben, Map.of("entity", "group_expense", "op", "upsert", "id", id, "data", dinner));
    created.then().body("data.results[0].status", equalTo("applied"));
    int version = created.path("data.results[0].version");
    authorized(ana.accessToken()).get("/api/v1/groups/" + group + "/expenses/" + id).then().statusCode(200)
        .body("data.description", equalTo("Dinner on the train")).body("data.amount", equalTo("30.00"));
    assertEquals(true, has(feed(ana), "group_expense", "upsert", id), "the other member's devices get it");
    // The same push again (the phone never saw the answer) changes nothing.
    push(ben, Map.of("entity", "group_expense", "op", "upsert", "id", id, "data", dinner))
        .then().body("data.results[0].status", equalTo("applied"));

    Response edited = push(ben, Map.of("entity", "group_expense", "op", "upsert", "id", id, "baseVersion", version,
        "data", Map.of("groupId", group, "amount", "36.00")));
    edited.then().body("data.results[0].status", equalTo("applied"));
    // Ana's phone edited the version before Ben's edit: a conflict, with the server's record.
    push(ana, Map.of("entity", "group_expense", "op", "upsert", "id", id, "baseVersion", version,
            "data", Map.of("groupId", group, "description", "Dinner")))
        .then().body("data.results[0].status", equalTo("conflict")).body("data.results[0].current.amount", equalTo("36.00"));

    // Not a member: nothing to write to.
    ApiClient.Session stranger = ApiClient.signedInUser();
    push(stranger, Map.of("entity", "group_expense", "op", "upsert", "id", java.util.UUID.randomUUID().toString(),
            "data", dinner))
        .then().body("data.results[0].status", equalTo("conflict"));
    // A delete of what one cannot see is "already gone" for the stranger's phone, and the expense stays.
    push(stranger, Map.of("entity", "group_expense", "op", "delete", "id", id, "baseVersion", version + 1))
        .then().body("data.results[0].status", equalTo("applied")).body("data.results[0].version", nullValue());
    authorized(ana.accessToken()).get("/api/v1/groups/" + group + "/expenses/" + id).then().statusCode(200);
    push(ben, Map.of("entity", "group_expense", "op", "upsert", "id", java.util.UUID.randomUUID().toString(),
            "data", Map.of("description", "No group", "amount", "1.00")))
        .then().body("data.results[0].status", equalTo("rejected"))
        .body("data.results[0].details[0].field", equalTo("changes[0].data.groupId"));

    push(ben, Map.of("entity", "group_expense", "op", "delete", "id", id, "baseVersion", version + 1))
        .then().body("data.results[0].status", equalTo("applied"));
    authorized(ana.accessToken()).get("/api/v1/groups/" + group + "/expenses").then().statusCode(200)
        .body("data.id", not(hasItem(id)));

    // A payment noted offline, once however often it is pushed, and in both ledgers as online.
    String settlement = java.util.UUID.randomUUID().toString();
    Map<String, Object> payment = Map.of("entity", "settlement", "op", "upsert", "id", settlement,
        "data", Map.of("groupId", group, "to", ana.userId(), "amount", "5.00", "date", "2026-11-21"));
    push(ben, payment).then().body("data.results[0].status", equalTo("applied"));
    push(ben, payment).then().body("data.results[0].status", equalTo("applied"));
    authorized(ana.accessToken()).get("/api/v1/groups/" + group + "/settlements").then().statusCode(200)
        .body("data.findAll { it.id == '" + settlement + "' }", hasSize(1));
    push(ben, Map.of("entity", "settlement", "op", "upsert", "id", settlement, "baseVersion", 1,
            "data", Map.of("groupId", group, "amount", "6.00")))
        .then().body("data.results[0].status", equalTo("rejected"));

    // A group made offline: Ben owns it.
    String trip = java.util.UUID.randomUUID().toString();
    push(ben, Map.of("entity", "group", "op", "upsert", "id", trip, "data", Map.of("name", "Ski trip", "currency", "CHF")))
        .then().body("data.results[0].status", equalTo("applied"));
    authorized(ben.accessToken()).get("/api/v1/groups/" + trip).then().statusCode(200)
        .body("data.name", equalTo("Ski trip")).body("data.currency", equalTo("CHF"));
    authorized(ana.accessToken()).get("/api/v1/groups/" + trip).then().statusCode(404);
  }

  private static Response push(ApiClient.Session who, Map<String, Object> change) {
    Response pushed = authorized(who.accessToken()).body(Map.of("changes", List.of(change))).post("/api/v1/sync/push");
    pushed.then().statusCode(200);
    return pushed;
  }

  @Test
  void badInputIsAValidationError() throws Exception {
    ApiClient.Session ana = ApiClient.signedInUser();
    authorized(ana.accessToken()).body(Map.of("name", "", "currency", "EURO")).post("/api/v1/groups").then()
        .statusCode(400).body("error.code", equalTo("VALIDATION_ERROR"))
        .body("error.details.field", hasItem("name")).body("error.details.field", hasItem("currency"));
    String group = createGroup(ana, "Flat", "USD");
    authorized(ana.accessToken()).body(Map.of("email", "not an address")).post("/api/v1/groups/" + group + "/invitations")
        .then().statusCode(400).body("error.details.field", hasItem("email"));
    authorized(ana.accessToken()).body("[1]").post("/api/v1/groups").then().statusCode(400);
  }
}
