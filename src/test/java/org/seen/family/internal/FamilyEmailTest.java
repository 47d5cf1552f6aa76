package org.seen.family.internal;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.seen.family.internal.FamilyMembers.Delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Codes by email, through a real SMTP server (GreenMail). The email holds the code, how long it
 * works and the sign-in link, and no personal data: no name, child, agency or family reference.
 */
class FamilyEmailTest extends FamilyTestBase {

	static MimeMessage lastEmailTo(String address) {
		List<MimeMessage> to = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(r -> r.toString().equals(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).toList();
		assertThat(to).as("an email to " + address).isNotEmpty();
		return to.get(to.size() - 1);
	}

	static String codeIn(MimeMessage message) {
		Matcher code = Pattern.compile("Your one-time code is: ([A-Z2-9]{5}-[A-Z2-9]{5})").matcher(GreenMailUtil.getBody(message));
		assertThat(code.find()).as("the email holds a code").isTrue();
		return code.group(1);
	}

	@Test
	void an_invitation_by_email_sends_the_code_and_the_link_and_nothing_personal() throws Exception {
		var household = households().create("health.visitor");
		var invited = invitations.invite(actor("health.visitor"), household.older(), new Invitation(household.mother(),
				false, "morwenna.famview@example.com", Delivery.EMAIL, List.of(household.older(), household.younger())));

		MimeMessage email = lastEmailTo("morwenna.famview@example.com");
		String body = GreenMailUtil.getBody(email);
		assertThat(email.getSubject()).isEqualTo("Your code to sign in to Seen");
		assertThat(body).contains("It works once, within 15 minutes.", "/family/sign-in");
		assertThat(email.getSubject() + body).doesNotContain("Morwenna", "Famview", "Wren", "Pip", "Tobias",
				invited.member().reference(), "Health", "Northbrook", "Bethan");

		signIn("morwenna.famview@example.com", codeIn(email));
	}

	@Test
	void a_family_member_can_ask_for_a_new_code_by_email_and_the_page_never_says_whether_the_address_is_known()
			throws Exception {
		var household = households().create("health.visitor");
		var invited = invitations.invite(actor("health.visitor"), household.older(), new Invitation(household.mother(),
				false, "morwenna.again@example.com", Delivery.EMAIL, List.of(household.older())));
		String first = codeIn(lastEmailTo("morwenna.again@example.com"));
		signIn("morwenna.again@example.com", first);

		String known = mvc.perform(post("/family/sign-in/email").param("email", "morwenna.again@example.com").with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String unknown = mvc.perform(post("/family/sign-in/email").param("email", "nobody.here@example.com").with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(known).isEqualTo(unknown).isEqualTo("/family/sign-in?sent");

		String second = codeIn(lastEmailTo("morwenna.again@example.com"));
		assertThat(second).isNotEqualTo(first);
		signIn(invited.member().reference(), second);
	}

	@Test
	void email_delivery_needs_an_email_address() {
		var household = households().create("health.visitor");
		assertThatThrownBy(() -> invitations.invite(actor("health.visitor"), household.older(),
				new Invitation(household.mother(), false, null, Delivery.EMAIL, List.of(household.older()))))
			.isInstanceOf(org.seen.web.InvalidInput.class)
			.hasMessageContaining("Enter their email address");
		assertThat(count("select count(*) from family_member where adult_id = ?", household.mother())).isZero();
	}
}
