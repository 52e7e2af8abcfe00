package com.duskspendr.notifications.push.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Push devices, in the caller's JTA transaction. */
@ApplicationScoped
public class DeviceRepository {

  @PersistenceContext(unitName = "notifications")
  EntityManager em;

  public void add(Device device) {
    em.persist(device);
  }

  public Optional<Device> find(UUID id) {
    return Optional.ofNullable(em.find(Device.class, id));
  }

  /** The user's device with this id; never another user's. */
  public Optional<Device> findOwn(UUID owner, UUID id) {
    return find(id).filter(d -> owner.equals(d.userId()));
  }

  public Optional<Device> findByToken(UUID owner, String platform, String token) {
    return em.createNamedQuery(Device.FIND_BY_TOKEN, Device.class)
        .setParameter("owner", owner).setParameter("platform", platform).setParameter("token", token)
        .getResultStream().findFirst();
  }

  public List<Device> ownedBy(UUID owner) {
    return em.createNamedQuery(Device.FIND_BY_OWNER, Device.class).setParameter("owner", owner).getResultList();
  }

  public void remove(Device device) {
    em.remove(device);
  }

  public int deleteAllOf(UUID owner) {
    return em.createNativeQuery("DELETE FROM notifications.device WHERE user_id = CAST(?1 AS uuid)")
        .setParameter(1, owner.toString()).executeUpdate();
  }
}
