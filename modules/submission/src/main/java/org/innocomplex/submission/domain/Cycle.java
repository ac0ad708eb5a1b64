package org.innocomplex.submission.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.innocomplex.submission.api.CycleView;

@Entity
@Table(name = "sub_cycle")
public class Cycle {
    @Id
    @SequenceGenerator(name = "sub_cycle_seq", sequenceName = "sub_cycle_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sub_cycle_seq")
    private Long id;
    @Column(name = "cycle_year", nullable = false)
    private int year;
    @Column(name = "city_code", nullable = false, length = 16)
    private String cityCode;
    @Column(nullable = false, length = 16)
    private String status;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected Cycle() {
    }

    public Cycle(int year, String cityCode) {
        this.year = year;
        this.cityCode = cityCode;
        this.status = "OPEN";
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public CycleView toView() {
        return new CycleView(id, year, cityCode, status);
    }

    public Long id() {
        return id;
    }

    public int year() {
        return year;
    }

    public String cityCode() {
        return cityCode;
    }
}
