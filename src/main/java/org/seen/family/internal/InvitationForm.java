package org.seen.family.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.seen.family.internal.FamilyMembers.Delivery;

/** The invitation form as typed. {@code person} is an adult's id or {@value #YOUNG_PERSON}. */
class InvitationForm {

	static final String YOUNG_PERSON = "young-person";

	private String person;

	private String email;

	private String delivery;

	private List<String> childIds = new ArrayList<>();

	/** The invitation; anything unreadable (a tampered id) becomes nothing chosen, which the rules refuse. */
	Invitation invitation() {
		UUID adult = YOUNG_PERSON.equals(person) ? null : uuid(person);
		Delivery how = null;
		if (delivery != null) {
			try {
				how = Delivery.valueOf(delivery);
			}
			catch (IllegalArgumentException ex) {
				how = null;
			}
		}
		List<UUID> children = childIds == null ? List.of() : childIds.stream().map(InvitationForm::uuid).toList();
		return new Invitation(adult, YOUNG_PERSON.equals(person), email, how, children);
	}

	private static UUID uuid(String value) {
		try {
			return value == null ? null : UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	public String getPerson() {
		return person;
	}

	public void setPerson(String person) {
		this.person = person;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getDelivery() {
		return delivery;
	}

	public void setDelivery(String delivery) {
		this.delivery = delivery;
	}

	public List<String> getChildIds() {
		return childIds;
	}

	public void setChildIds(List<String> childIds) {
		this.childIds = childIds;
	}
}
